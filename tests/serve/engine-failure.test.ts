// Failures of the engine as the endpoint reports them: syntax, a resource limit, or a query the engine cannot run.
import { describe, expect, it } from 'vitest';
import { DiagnosticError, error, formatDiagnostic } from '../../src/diagnostics.ts';
import { classifyFailure } from '../../src/serve/engine-failure.ts';

const engineFailed = (message: string) =>
  new DiagnosticError([error('E_QUERY_FAILED', `the engine failed: ${message}`)]);
const reads = (e: unknown) => (e as DiagnosticError).diagnostics.map(formatDiagnostic).join('\n');

describe('classifyFailure', () => {
  it('reads a parse error as a syntax error at its position', () => {
    expect(reads(classifyFailure(engineFailed('error at 1:25: expected one of LATERAL, SERVICE, [_]')))).toBe(
      'error E_QUERY_SYNTAX: error at 1:25: expected one of LATERAL, SERVICE, [_]',
    );
  });

  it.each(['Invalid string length', 'Cannot create a string longer than 0x1fffffe8 characters'])(
    'reads "%s" (an answer too large for one string) as a resource limit, not a syntax error',
    (message) => {
      expect(reads(classifyFailure(engineFailed(message)))).toBe(
        'error E_QUERY_LIMIT: the answer is larger than the server can hold\n  hint: narrow it (a LIMIT, fewer variables)',
      );
    },
  );

  it('keeps what the engine cannot run as a failure of the query', () => {
    expect(reads(classifyFailure(engineFailed('The service <http://x> is not supported')))).toBe(
      'error E_QUERY_FAILED: The service <http://x> is not supported',
    );
  });

  it('passes other errors through', () => {
    const timeout = new DiagnosticError([error('E_QUERY_TIMEOUT', 'the query was stopped after 1 s')]);
    expect(classifyFailure(timeout)).toBe(timeout);
  });
});
