// Runs SPARQL queries in a worker thread over an oxigraph store, one at a time, with a timeout (the worker is
// terminated and restarted) and a result limit. A minimal stand-in until src/query/ offers a worker-based runner.
import { Worker } from 'node:worker_threads';
import { DiagnosticError, error } from '../diagnostics.ts';

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

interface Job {
  query: string;
  resolve(a: QueryAnswer): void;
  reject(e: Error): void;
}

const WORKER_URL = new URL('./sparql-worker.mjs', import.meta.url);

/** Starts the worker and returns the runner; queries queue while one runs. */
export function startSparqlRunner(options: RunnerOptions): SparqlRunner {
  let worker = spawn(options.ntriples);
  let busy = false;
  let closed = false;
  const queue: Job[] = [];
  const pump = async () => {
    const job = busy || closed ? undefined : queue.shift();
    if (!job) return;
    busy = true;
    // The clock starts once the worker holds the data, so a restart's load never counts against a query.
    const current = await worker;
    const settle = (restart: boolean) => {
      if (restart) worker = replace(current, options.ntriples);
      busy = false;
      void pump();
    };
    runOne(current, job, options, settle);
  };
  return {
    run: (query) => new Promise<QueryAnswer>((resolve, reject) => { queue.push({ query, resolve, reject }); void pump(); }),
    close: async () => { closed = true; await (await worker).terminate(); },
  };
}

let nextId = 0;

/** Sends one job to the worker and settles it on its answer, its error or the timeout. */
function runOne(worker: Worker, job: Job, options: RunnerOptions, settle: (restart: boolean) => void): void {
  const id = nextId++;
  const finish = () => { clearTimeout(timer); worker.off('message', onMessage); worker.off('error', onError); };
  const onMessage = (m: { id?: number; ok: boolean; message?: string } & QueryAnswer) => {
    if (m.id !== id) return;
    finish();
    if (m.ok) job.resolve({ kind: m.kind, body: m.body, truncated: m.truncated });
    else job.reject(new DiagnosticError([error('E_QUERY_SYNTAX', m.message ?? 'query failed')]));
    settle(false);
  };
  const onError = (e: Error) => { finish(); job.reject(e); settle(true); };
  const timer = setTimeout(() => {
    finish();
    job.reject(new DiagnosticError([error('E_QUERY_TIMEOUT', `the query ran longer than ${options.timeoutMs} ms and was stopped`)]));
    settle(true);
  }, options.timeoutMs);
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.postMessage({ id, query: job.query, limit: options.resultLimit });
}

function replace(old: Worker, ntriples: string): Promise<Worker> {
  void old.terminate();
  return spawn(ntriples);
}

/** A worker that has loaded the data (it says `ready`). */
function spawn(ntriples: string): Promise<Worker> {
  const worker = new Worker(WORKER_URL, { workerData: { ntriples } });
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}
