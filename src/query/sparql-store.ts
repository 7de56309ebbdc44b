// The one SPARQL runner: an oxigraph store with a small face (load, query, close), in this thread or in a worker.
// In a worker, jobs run one at a time in arrival order; a query's timeout counts from its arrival (time spent waiting
// included), and a query that times out, is cancelled or breaks the engine takes the worker with it: a new worker
// is started and the loads replayed, so the store keeps answering. Oxigraph (4 MB of WebAssembly) is loaded only
// where the engine runs: a worker store never loads it in this thread. The CLI starts its worker before it loads
// its own modules (engine-start.js).
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DiagnosticError, error, type DiagnosticCode } from '../diagnostics.ts';
import { describeFailure } from './describe-failure.js';
import { takeWorker, WORKER_URL } from './engine-start.js';
import type { Engine } from './oxigraph-engine.js';

/** RDF to load: text, or a file the store reads itself (in a worker, the text is never copied between threads). */
export type LoadSource = ({ text: string; path?: undefined } | { path: string; text?: undefined }) & {
  /** A media type oxigraph reads: `application/n-triples`, `text/turtle`, `application/n-quads`, … */
  format: string;
  /** The named graph to load into (default: the default graph). */
  graph?: string;
};

export interface RawQuery {
  sparql: string;
  /** The media type of the answer: SPARQL results (JSON, XML, CSV, TSV) or an RDF syntax for CONSTRUCT/DESCRIBE. */
  format: string;
  /** The default graph of the query (SPARQL Protocol `default-graph-uri`); union of these graphs. */
  defaultGraphs?: string[];
  /** The named graphs the query may see (SPARQL Protocol `named-graph-uri`). */
  namedGraphs?: string[];
  /** Read the default graph as the union of all graphs. */
  unionDefaultGraph?: boolean;
  /** Milliseconds from the call until the query is stopped (worker stores only). */
  timeoutMs?: number;
  /** Stops the query (queued or running) when aborted: a client that went away. */
  signal?: AbortSignal;
}

export interface SparqlStore {
  /** Loads RDF; resolves to the number of quads in the store. */
  load(source: LoadSource): Promise<number>;
  /** Runs a query; resolves to the answer as oxigraph serializes it in `query.format`. */
  query(query: RawQuery): Promise<string>;
  /** Parses a query without running it; resolves to the engine's syntax error message, or null when it reads. */
  check(sparql: string): Promise<string | null>;
  /** Jobs waiting and running. */
  readonly pending: number;
  close(): Promise<void>;
}

/** The largest delay Node's timers accept (about 24.8 days). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Opens an empty store; `worker: true` runs it in a worker thread, which timeouts and cancellation need. */
export function openStore(options: { worker?: boolean } = {}): SparqlStore {
  return options.worker ? workerStore() : inProcessStore();
}

function inProcessStore(): SparqlStore {
  let engine: Promise<Engine> | undefined;
  const started = () => (engine ??= import('./oxigraph-engine.js').then((m) => m.createEngine()));
  return {
    load: async (source) => {
      const text = source.path === undefined ? source.text : readFileSync(source.path, 'utf8');
      const e = await started();
      return attempt(
        () => e.load({ ...loadJob(source), text }),
        (m) => loadFailure(source, m),
      );
    },
    query: async (q) => {
      if (q.timeoutMs !== undefined)
        throw new DiagnosticError([
          error('E_USAGE', 'a query timeout needs a worker store (openStore({ worker: true }))'),
        ]);
      const e = await started();
      return attempt(() => e.query(queryJob(q)), queryFailure);
    },
    check: async (sparql) => (await started()).check(sparql),
    pending: 0,
    close: async () => {},
  };
}

function attempt<T>(f: () => T, fail: (failure: ReturnType<typeof describeFailure>) => DiagnosticError): T {
  try {
    return f();
  } catch (e) {
    throw fail(describeFailure(e));
  }
}

function loadJob(source: LoadSource) {
  return { text: source.text ?? '', format: source.format, graph: source.graph };
}

function queryJob(q: RawQuery) {
  return {
    sparql: q.sparql,
    format: q.format,
    defaultGraphs: q.defaultGraphs,
    namedGraphs: q.namedGraphs,
    unionDefaultGraph: q.unionDefaultGraph,
  };
}

function loadFailure(source: LoadSource, failure: { message: string }): DiagnosticError {
  const where = source.path ?? `<${source.format}>`;
  return new DiagnosticError([error('E_RDF_SYNTAX', `${where}: ${failure.message}`)]);
}

function queryFailure(failure: { message: string; isResourceLimit: boolean }): DiagnosticError {
  const code: DiagnosticCode = failure.isResourceLimit ? 'E_QUERY_LIMIT' : 'E_QUERY_FAILED';
  const message = failure.isResourceLimit
    ? 'the query needs more memory than the engine has (its result is too large)'
    : `the engine failed: ${failure.message}`;
  return new DiagnosticError([
    error(code, message, undefined, failure.isResourceLimit ? 'narrow it (a LIMIT, fewer variables)' : undefined),
  ]);
}

interface Job {
  op: 'load' | 'query' | 'check';
  job: unknown;
  source?: LoadSource;
  resolve(value: unknown): void;
  reject(e: unknown): void;
  id: number;
  /** Set once the job is settled, so a late answer, timer or abort does nothing. */
  done: boolean;
  cleanup(): void;
}

function workerStore(): SparqlStore {
  const loads: LoadSource[] = [];
  const queue: Job[] = [];
  // The first worker may have been started before this module loaded (engine-start.js); a restart starts a new one.
  let worker = spawn(takeWorker());
  let running: Job | undefined;
  let closed = false;
  let nextId = 0;

  function spawn(w = new Worker(WORKER_URL)): Worker {
    w.on('message', (m: { id: number; ok: boolean; value?: unknown; message?: string; isResourceLimit?: boolean }) => {
      const job = running;
      if (w !== worker || !job || m.id !== job.id) return;
      running = undefined;
      if (m.ok) settle(job, () => job.resolve(m.value));
      else {
        const failure = { message: m.message ?? '', isResourceLimit: m.isResourceLimit ?? false };
        settle(job, () => job.reject(job.op === 'load' ? loadFailure(job.source!, failure) : queryFailure(failure)));
        if (failure.isResourceLimit) restart();
      }
      pump();
    });
    const crashed = (e: unknown) => {
      if (w !== worker || closed) return;
      const job = running;
      running = undefined;
      if (job) settle(job, () => job.reject(queryFailure(describeFailure(e))));
      restart();
      pump();
    };
    w.on('error', crashed);
    w.on('exit', (code) => crashed(new Error(`the query worker stopped (exit code ${code})`)));
    w.unref();
    return w;
  }

  /** A new worker holding the same data: the loads are replayed ahead of every waiting job. */
  function restart(): void {
    const old = worker;
    worker = spawn();
    void old.terminate();
    const replays = loads.map((source) =>
      makeJob(
        'load',
        source,
        () => {},
        () => {},
      ),
    );
    queue.unshift(...replays);
  }

  function settle(job: Job, f: () => void): void {
    if (job.done) return;
    job.done = true;
    job.cleanup();
    f();
  }

  function makeJob(
    op: Job['op'],
    payload: LoadSource | RawQuery,
    resolve: (v: unknown) => void,
    reject: (e: unknown) => void,
  ): Job {
    const job =
      op === 'load'
        ? { ...loadJob(payload as LoadSource), path: (payload as LoadSource).path }
        : op === 'check'
          ? { sparql: (payload as RawQuery).sparql }
          : queryJob(payload as RawQuery);
    const source = op === 'load' ? (payload as LoadSource) : undefined;
    return { op, job, source, resolve, reject, id: -1, done: false, cleanup: () => {} };
  }

  /** The worker keeps the process alive only while it has work (an idle store never holds the process open). */
  function pump(): void {
    if (running || closed) return;
    const job = queue.shift();
    if (!job) return void worker.unref();
    worker.ref();
    running = job;
    job.id = nextId++;
    worker.postMessage({ id: job.id, op: job.op, job: job.job });
  }

  /** Stops a job: a waiting one leaves the queue; a running one takes the worker down with it. */
  function stop(job: Job, reason: DiagnosticError): void {
    if (job.done) return;
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
    settle(job, () => job.reject(reason));
    if (running === job) {
      running = undefined;
      restart();
      pump();
    }
  }

  return {
    load(source) {
      if (closed) return Promise.reject(closedError());
      loads.push(source);
      return new Promise((resolve, reject) => {
        queue.push(makeJob('load', source, (v) => resolve(v as number), reject));
        pump();
      });
    },
    check(sparql) {
      if (closed) return Promise.reject(closedError());
      return new Promise((resolve, reject) => {
        queue.push(makeJob('check', { sparql, format: '' }, (v) => resolve(v as string | null), reject));
        pump();
      });
    },
    query(q) {
      if (closed) return Promise.reject(closedError());
      if (q.timeoutMs !== undefined && !(q.timeoutMs > 0 && q.timeoutMs <= MAX_TIMEOUT_MS)) {
        return Promise.reject(
          new DiagnosticError([
            error('E_USAGE', `expected a query timeout from 1 to ${MAX_TIMEOUT_MS} ms, found ${q.timeoutMs}`),
          ]),
        );
      }
      return new Promise<string>((resolve, reject) => {
        const job = makeJob('query', q, (v) => resolve(v as string), reject);
        const timer =
          q.timeoutMs === undefined ? undefined : setTimeout(() => stop(job, timeoutError(q.timeoutMs!)), q.timeoutMs);
        const onAbort = () => stop(job, new DiagnosticError([error('E_QUERY_CANCELLED', 'the query was cancelled')]));
        q.signal?.addEventListener('abort', onAbort, { once: true });
        job.cleanup = () => {
          clearTimeout(timer);
          q.signal?.removeEventListener('abort', onAbort);
        };
        if (q.signal?.aborted) return onAbort();
        queue.push(job);
        pump();
      });
    },
    get pending() {
      return queue.length + (running ? 1 : 0);
    },
    async close() {
      closed = true;
      for (const job of [...queue, ...(running ? [running] : [])]) settle(job, () => job.reject(closedError()));
      queue.length = 0;
      running = undefined;
      await worker.terminate();
    },
  };
}

function timeoutError(ms: number): DiagnosticError {
  return new DiagnosticError([error('E_QUERY_TIMEOUT', `the query was stopped after ${formatMs(ms)}`)]);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function closedError(): DiagnosticError {
  return new DiagnosticError([error('E_QUERY_CANCELLED', 'the store is closed')]);
}
