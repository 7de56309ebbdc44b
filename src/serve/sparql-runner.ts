// The endpoint's view of the one SPARQL runner (query/sparql-store.ts): a worker store holding the served graph,
// answers as SPARQL JSON (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE), cut at the result limit.
import { DiagnosticError, error } from '../diagnostics.ts';
import { openStore, queryForm } from '../query/index.ts';

export interface QueryAnswer {
  /** `bindings` (SELECT) and `boolean` (ASK) are SPARQL JSON; `graph` (CONSTRUCT, DESCRIBE) is N-Triples. */
  kind: 'bindings' | 'boolean' | 'graph';
  body: string;
  /** Whether rows or triples past the limit were left out. */
  truncated: boolean;
}

export interface SparqlRunner {
  /** Answers a query; fails with E_QUERY_SYNTAX or E_QUERY_TIMEOUT diagnostics. */
  run(query: string): Promise<QueryAnswer>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  ntriples: string;
  timeoutMs: number;
  resultLimit: number;
}

/** Starts the worker store with the graph; queries wait in arrival order. */
export function startSparqlRunner(options: RunnerOptions): SparqlRunner {
  const store = openStore({ worker: true });
  void store.load({ text: options.ntriples, format: 'application/n-triples' });
  return {
    async run(query) {
      const form = queryForm(query);
      if (!form) throw new DiagnosticError([error('E_QUERY_SYNTAX', 'expected SELECT, ASK, CONSTRUCT or DESCRIBE')]);
      const isGraph = form === 'CONSTRUCT' || form === 'DESCRIBE';
      const format = isGraph ? 'application/n-triples' : 'application/sparql-results+json';
      const body = await store.query({ sparql: query, format, timeoutMs: options.timeoutMs }).catch(asSyntaxError);
      return isGraph ? cutGraph(body, options.resultLimit) : cutResults(body, options.resultLimit);
    },
    close: () => store.close(),
  };
}

/** oxigraph reports a query it cannot parse as a failure of the engine; the endpoint calls it a syntax error. */
function asSyntaxError(e: unknown): never {
  if (e instanceof DiagnosticError && e.diagnostics[0]?.code === 'E_QUERY_FAILED') {
    throw new DiagnosticError([error('E_QUERY_SYNTAX', e.diagnostics[0].message.replace(/^the engine failed: /, ''))]);
  }
  throw e;
}

function cutGraph(body: string, limit: number): QueryAnswer {
  const lines = body.split('\n').filter((l) => l !== '');
  return { kind: 'graph', body: lines.slice(0, limit).join('\n') + (lines.length ? '\n' : ''), truncated: lines.length > limit };
}

function cutResults(body: string, limit: number): QueryAnswer {
  const json = JSON.parse(body) as { results?: { bindings: unknown[] } };
  if (!json.results) return { kind: 'boolean', body, truncated: false };
  const truncated = json.results.bindings.length > limit;
  json.results.bindings = json.results.bindings.slice(0, limit);
  return { kind: 'bindings', body: JSON.stringify(json), truncated };
}
