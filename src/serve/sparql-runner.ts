// The endpoint's view of the one SPARQL runner (query/sparql-store.ts): a worker store holding the served graphs,
// in front of it a bounded queue (a full queue is refused at once) and a memory watchdog that stops the running
// query when the process grows past a cap (the store then restarts its worker, which gives the memory back).
import { DiagnosticError, error } from '../diagnostics.ts';
import { openStore } from '../query/sparql-store.ts';

export interface RunnerOptions {
  /** Each graph's N-Triples by graph name; a query without a dataset reads their union as its default graph. */
  graphs: Map<string, string>;
  timeoutMs: number;
  /** Queries that may wait while one runs; one more is refused with E_SERVE_BUSY. */
  maxQueue: number;
  /** The process's resident memory (bytes) past which the running query is stopped with E_QUERY_LIMIT. */
  memoryLimitBytes: number;
  /** Reads the process's memory; tests pass a fake to trip the cap deterministically. */
  readMemory?: () => number;
  /** How often the watchdog looks while a query runs. */
  memoryCheckMs?: number;
}

export interface RunRequest {
  query: string;
  /** The media type oxigraph answers in. */
  format: string;
  /** SPARQL Protocol `default-graph-uri` and `named-graph-uri`; both empty: the union of all graphs is the default. */
  defaultGraphs: string[];
  namedGraphs: string[];
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
}

export interface SparqlRunner {
  /** Answers as oxigraph writes it; fails with E_SERVE_BUSY, E_QUERY_SYNTAX, E_QUERY_TIMEOUT, E_QUERY_LIMIT or E_QUERY_CANCELLED. */
  run(request: RunRequest): Promise<string>;
  /** Queries waiting or running. */
  readonly pending: number;
  /** Stops every query (they fail with E_QUERY_CANCELLED) and the worker. */
  close(): Promise<void>;
}

interface InFlight {
  controller: AbortController;
  overLimit: boolean;
}

/** Starts the worker store with the graphs. */
export function startSparqlRunner(options: RunnerOptions): SparqlRunner {
  const store = openStore({ worker: true });
  for (const [graph, text] of options.graphs) void store.load({ text, format: 'application/n-triples', graph });
  const inFlight: InFlight[] = [];
  const watchdog = memoryWatchdog(options, inFlight);
  return {
    async run(request) {
      if (inFlight.length > options.maxQueue) throw busy(options.maxQueue);
      const job: InFlight = { controller: new AbortController(), overLimit: false };
      const onAbort = () => job.controller.abort();
      request.signal?.addEventListener('abort', onAbort, { once: true });
      if (request.signal?.aborted) job.controller.abort();
      inFlight.push(job);
      watchdog.start();
      try {
        return await store.query(rawQuery(request, job.controller.signal, options.timeoutMs));
      } catch (e) {
        throw job.overLimit ? memoryLimit(options.memoryLimitBytes) : asSyntaxError(e);
      } finally {
        inFlight.splice(inFlight.indexOf(job), 1);
        request.signal?.removeEventListener('abort', onAbort);
        if (inFlight.length === 0) watchdog.stop();
      }
    },
    get pending() {
      return inFlight.length;
    },
    async close() {
      watchdog.stop();
      await store.close();
    },
  };
}

function rawQuery(request: RunRequest, signal: AbortSignal, timeoutMs: number) {
  const dataset = request.defaultGraphs.length + request.namedGraphs.length > 0;
  return {
    sparql: request.query,
    format: request.format,
    ...(dataset ? { defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs } : { unionDefaultGraph: true }),
    timeoutMs,
    signal,
  };
}

/**
 * Looks at the process's memory while queries run; past the cap it stops the oldest query in flight (the one
 * running: the store takes them in arrival order), then waits to see memory under the cap before stopping another.
 */
function memoryWatchdog(options: RunnerOptions, inFlight: InFlight[]) {
  const read = options.readMemory ?? (() => process.memoryUsage.rss());
  let timer: NodeJS.Timeout | undefined;
  let armed = true;
  const check = () => {
    const over = read() > options.memoryLimitBytes;
    if (!over) armed = true;
    else if (armed && inFlight[0]) {
      armed = false;
      inFlight[0].overLimit = true;
      inFlight[0].controller.abort();
    }
  };
  return {
    start() {
      timer ??= setInterval(check, options.memoryCheckMs ?? 100).unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/** oxigraph reports a query it cannot parse as a failure of the engine; the endpoint calls it a syntax error. */
function asSyntaxError(e: unknown): unknown {
  if (e instanceof DiagnosticError && e.diagnostics[0]?.code === 'E_QUERY_FAILED') {
    return new DiagnosticError([error('E_QUERY_SYNTAX', e.diagnostics[0].message.replace(/^the engine failed: /, ''))]);
  }
  return e;
}

function busy(maxQueue: number): DiagnosticError {
  return new DiagnosticError([error('E_SERVE_BUSY', `the endpoint is busy: one query is running and ${maxQueue} are waiting`)]);
}

function memoryLimit(limit: number): DiagnosticError {
  const mib = Math.round(limit / 2 ** 20);
  return new DiagnosticError([error('E_QUERY_LIMIT', `the query was stopped: the server grew past its memory cap of ${mib} MiB`, undefined, 'narrow it (a LIMIT, fewer variables)')]);
}
