// What a command may touch of the outside world, passed in so commands run in-process in tests.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (tables are aligned for terminals, CSV otherwise). */
  isTty: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** An Io that collects what a command prints; for tests. */
export function memoryIo(overrides: Partial<Io> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTty: false,
    env: {},
    cwd: process.cwd(),
    out,
    err,
    ...overrides,
  };
}
