// How a failure of the engine reads to a client: a parse error is a syntax error at its position, an answer too
// large to hold in one string is a resource limit, and anything else the engine refuses to run (an unsupported
// SERVICE or function) stays a failure of that query, never a "syntax error".
import { DiagnosticError, error } from '../diagnostics.ts';

const NARROW = 'narrow it (a LIMIT, fewer variables)';

/** The failure with the code the endpoint answers by; errors other than E_QUERY_FAILED are returned as they are. */
export function classifyFailure(e: unknown): unknown {
  const d = e instanceof DiagnosticError ? e.diagnostics[0] : undefined;
  if (d?.code !== 'E_QUERY_FAILED') return e;
  const message = d.message.replace(/^the engine failed: /, '');
  if (/^error at \d+:\d+: /.test(message)) return new DiagnosticError([error('E_QUERY_SYNTAX', message)]);
  if (/Invalid string length|Cannot create a string longer/i.test(message)) {
    return new DiagnosticError([
      error('E_QUERY_LIMIT', 'the answer is larger than the server can hold', undefined, NARROW),
    ]);
  }
  return new DiagnosticError([error('E_QUERY_FAILED', message)]);
}
