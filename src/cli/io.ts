// What a command may touch of the outside world, passed in so commands run in-process in tests.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (tables are aligned for terminals, CSV otherwise). */
  isTty: boolean;
  /** Whether stderr is a terminal (progress of long work is shown there only then). */
  stderrIsTty?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}
