import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { loadFiles } from '../../src/query/data-files.ts';
import { runQuery } from '../../src/query/run-query.ts';
import { describeFailure } from '../../src/query/describe-failure.js';
import { openStore, type SparqlStore } from '../../src/query/sparql-store.ts';
import { compactRows, FIXTURE } from './helpers.ts';

// 482 triples cubed: about 112 million solutions, far more work than any timeout below allows.
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
const CSV = 'text/csv';

async function workerStore(): Promise<SparqlStore> {
  const store = openStore({ worker: true });
  await loadFiles(store, [FIXTURE]);
  return store;
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof DiagnosticError) return e.diagnostics.map(formatDiagnostic).join('\n');
  throw new Error(`expected a DiagnosticError, got ${String(e)}`);
}

describe('openStore({ worker: true })', () => {
  it('loads the data in the worker, binds the parameters and answers with terms', async () => {
    const store = await workerStore();
    const text =
      '# @param place: place-id\nPREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?inner WHERE { ?inner ckg:within ?place }';
    const result = await runQuery(store, { text, file: 'q.rq' }, { params: { place: 'arsal' } });
    expect(compactRows(result, 'https://w3id.org/conflict-kg/id/mini/')).toEqual([{ inner: 'place:arsal-outskirts' }]);
    await store.close();
  });

  it('answers in the media type asked for, as oxigraph writes it', async () => {
    const store = await workerStore();
    expect(await store.query({ sparql: COUNT, format: CSV })).toBe('n\r\n482\r\n');
    expect(await store.query({ sparql: COUNT, format: 'text/tab-separated-values' })).toBe('?n\n482\n');
    expect(await store.query({ sparql: 'ASK {}', format: 'application/sparql-results+xml' })).toContain(
      '<boolean>true</boolean>',
    );
    await store.close();
  });

  it('stops a query at its timeout with E_QUERY_TIMEOUT, then answers the next one from the same data', async () => {
    const store = await workerStore();
    expect(await failure(store.query({ sparql: SLOW, format: CSV, timeoutMs: 300 }))).toBe(
      'error E_QUERY_TIMEOUT: the query was stopped after 300 ms',
    );
    expect(await store.query({ sparql: COUNT, format: CSV })).toBe('n\r\n482\r\n');
    await store.close();
  });

  it('counts the timeout from arrival: a query waiting behind a slow one can time out before it runs', async () => {
    const store = await workerStore();
    const slow = new AbortController();
    const first = store.query({ sparql: SLOW, format: CSV, signal: slow.signal });
    const waiting = store.query({ sparql: COUNT, format: CSV, timeoutMs: 200 });
    expect(store.pending).toBe(2);
    expect(await failure(waiting)).toBe('error E_QUERY_TIMEOUT: the query was stopped after 200 ms');
    expect(store.pending).toBe(1);
    slow.abort();
    expect(await failure(first)).toBe('error E_QUERY_CANCELLED: the query was cancelled');
    await store.close();
  });

  it('cancels a running query when its signal aborts, and keeps answering', async () => {
    const store = await workerStore();
    const controller = new AbortController();
    const running = store.query({ sparql: SLOW, format: CSV, signal: controller.signal });
    const next = store.query({ sparql: COUNT, format: CSV });
    controller.abort();
    expect(await failure(running)).toBe('error E_QUERY_CANCELLED: the query was cancelled');
    expect(await next).toBe('n\r\n482\r\n');
    await store.close();
  });

  it('refuses a timeout beyond what a timer can hold', async () => {
    const store = openStore({ worker: true });
    expect(await failure(store.query({ sparql: COUNT, format: CSV, timeoutMs: 3_000_000_000 }))).toBe(
      'error E_USAGE: expected a query timeout from 1 to 2147483647 ms, found 3000000000',
    );
    await store.close();
  });

  it('reports RDF that does not parse as E_RDF_SYNTAX, naming the file', async () => {
    const store = openStore({ worker: true });
    expect(await failure(store.load({ text: '<a> <b> .', format: 'application/n-triples' }))).toMatch(
      /^error E_RDF_SYNTAX: <application\/n-triples>: /,
    );
    await store.close();
  });
});

describe('openStore()', () => {
  it('runs in this thread and refuses a timeout it cannot enforce', async () => {
    const store = openStore();
    await loadFiles(store, [FIXTURE]);
    expect(await store.query({ sparql: COUNT, format: CSV })).toBe('n\r\n482\r\n');
    expect(await failure(store.query({ sparql: COUNT, format: CSV, timeoutMs: 10 }))).toBe(
      'error E_USAGE: a query timeout needs a worker store (openStore({ worker: true }))',
    );
  });
});

describe('describeFailure', () => {
  it('takes the engine running out of room (a Rust panic trapped in WASM) for a resource limit, not a syntax error', () => {
    expect(describeFailure(new WebAssembly.RuntimeError('unreachable'))).toEqual({
      message: 'unreachable',
      isResourceLimit: true,
    });
    expect(describeFailure(new Error('capacity overflow'))).toEqual({
      message: 'capacity overflow',
      isResourceLimit: true,
    });
    expect(describeFailure(new Error('error at 1:5: expected WHERE'))).toEqual({
      message: 'error at 1:5: expected WHERE',
      isResourceLimit: false,
    });
  });
});
