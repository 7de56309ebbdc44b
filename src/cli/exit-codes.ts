// Exit codes, decided here and nowhere else (the README documents them): 0 ok, 1 invalid input or a failed
// check, 2 usage error, 3 runtime failure (the network, a triple store, the file system).
import type { Diagnostic, DiagnosticCode } from '../diagnostics.ts';

export const EXIT = { ok: 0, invalid: 1, usage: 2, failure: 3 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The codes of failures outside the user's input: the same command may succeed when run again. */
const RUNTIME: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'E_IO',
  'E_SERVE_LISTEN',
  'E_PUBLISH_UNREACHABLE',
  'E_PUBLISH_AUTH',
  'E_PUBLISH_HTTP',
  'E_PUBLISH_TIMEOUT',
  'E_PUBLISH_DROPPED',
]);

/** The exit code of a run that ended with these diagnostics: a usage error wins, then a runtime failure. */
export function exitCodeOf(diagnostics: readonly Diagnostic[]): ExitCode {
  if (diagnostics.some((d) => d.code === 'E_USAGE')) return EXIT.usage;
  if (diagnostics.some((d) => RUNTIME.has(d.code))) return EXIT.failure;
  return EXIT.invalid;
}
