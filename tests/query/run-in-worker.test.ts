import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { runInWorker } from '../../src/query/run-in-worker.ts';
import { compactRows, FIXTURE } from './helpers.ts';

// 415 triples cubed: about 71 million solutions, far more than a second's work.
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

describe('runInWorker', () => {
  it('loads the data, binds the parameters and answers in a worker thread', async () => {
    const text = '# @param place: place-id\nPREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?inner WHERE { ?inner ckg:within ?place }';
    const answer = await runInWorker({ text, file: 'q.rq' }, { files: [FIXTURE], params: { place: 'arsal' }, timeoutSeconds: 30 });
    expect(answer.base).toBe('https://w3id.org/conflict-kg/id/mini/');
    expect(compactRows(answer.result, answer.base!)).toEqual([{ inner: 'place:arsal-outskirts' }]);
  });

  it('stops a query that runs past the timeout with E_QUERY_TIMEOUT', async () => {
    const started = Date.now();
    const error = await runInWorker({ text: SLOW, file: '<query>' }, { files: [FIXTURE], timeoutSeconds: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map(formatDiagnostic)).toEqual([
      'error E_QUERY_TIMEOUT: the query was stopped after 1 s (--timeout 1)\n  hint: narrow it (a LIMIT, a parameter) or pass a longer --timeout',
    ]);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('reports a syntax error before loading anything', async () => {
    const error = await runInWorker({ text: 'SELECT * WHERE { ?s ?p }', file: 'q.rq' }, { files: ['/nonexistent.nt'] }).catch((e: unknown) => e);
    expect((error as DiagnosticError).diagnostics[0].code).toBe('E_QUERY_SYNTAX');
  });
});
