// An Io that collects what a command prints, so commands run in-process in tests.
import type { Io } from '../../src/cli/io.ts';

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
