// Runs a query in a worker thread and stops it at a timeout (a running WASM query cannot be interrupted in-process).
import { Worker } from 'node:worker_threads';
import { DiagnosticError, error, type DiagnosticCode } from '../diagnostics.ts';
import { ckg, rdf } from '../vocab.ts';
import { baseOfDataset, mediaType } from './load-store.ts';
import { checkSyntax, parseRaw, prepareQuery, rawFormat, type QueryResult, type QueryText } from './run-query.ts';
import type { QueryForm } from './sparql-tokens.ts';

export interface WorkerRun {
  /** The RDF files to load (see dataFiles in load-store.ts). */
  files: string[];
  params?: Record<string, string>;
  /** Seconds the query may run once the data is loaded; 0 or undefined: no limit. */
  timeoutSeconds?: number;
}

export interface WorkerAnswer {
  result: QueryResult;
  /** The dataset's resource base, if the data declares a dataset. */
  base?: string;
}

type Message =
  | { type: 'loaded'; size: number; dataset?: string }
  | { type: 'result'; raw: string }
  | { type: 'error'; code: DiagnosticCode; message: string };

/** Loads the files in a worker, binds the parameters, runs the query; rejects with E_QUERY_TIMEOUT when it runs too long. */
export async function runInWorker(query: QueryText, run: WorkerRun): Promise<WorkerAnswer> {
  checkSyntax(query);
  const files = run.files.map((path) => ({ path, format: mediaType(path) }));
  const worker = new Worker(new URL('./query-worker.js', import.meta.url), {
    workerData: { files, datasetClass: ckg.Dataset.value, typeProperty: rdf.type.value },
  });
  return new Promise<WorkerAnswer>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    let prepared: { form: QueryForm; base?: string } = { form: 'SELECT' };
    worker.on('message', (m: Message) => {
      if (m.type === 'result') finish(() => resolve({ result: parseRaw(prepared.form, m.raw), base: prepared.base }));
      if (m.type === 'error') finish(() => reject(new DiagnosticError([error(m.code, m.message)])));
      if (m.type !== 'loaded') return;
      try {
        prepared = sendQuery(worker, query, run.params ?? {}, baseOfDataset(m.dataset));
      } catch (e) {
        return finish(() => reject(e));
      }
      if (run.timeoutSeconds) timer = setTimeout(() => finish(() => reject(timeoutError(run.timeoutSeconds!))), run.timeoutSeconds * 1000);
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the query worker stopped unexpectedly (exit code ${code})`))));
  });
}

/** Binds the parameters (ids need the dataset's base, known once the data is loaded) and hands the query to the worker. */
function sendQuery(worker: Worker, query: QueryText, params: Record<string, string>, base: string | undefined) {
  const prepared = prepareQuery(query, params, base);
  worker.postMessage({ text: prepared.text, resultsFormat: rawFormat(prepared.form) });
  return { form: prepared.form, base };
}

function timeoutError(seconds: number): DiagnosticError {
  return new DiagnosticError([
    error('E_QUERY_TIMEOUT', `the query was stopped after ${seconds} s (--timeout ${seconds})`, undefined, 'narrow it (a LIMIT, a parameter) or pass a longer --timeout'),
  ]);
}
