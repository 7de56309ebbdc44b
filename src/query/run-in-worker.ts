// Runs a query in a worker thread and stops it at a timeout (a running WASM query cannot be interrupted in-process).
import { Worker } from 'node:worker_threads';
import { DiagnosticError, error, type DiagnosticCode } from '../diagnostics.ts';
import { ckg, rdf } from '../vocab.ts';
import { baseOfDataset, mediaType } from './load-store.ts';
import { checkSyntax, parseRaw, prepareQuery, rawFormat, type QueryResult, type QueryText } from './run-query.ts';

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
    let base: string | undefined;
    let form: ReturnType<typeof prepareQuery>['form'] = 'SELECT';
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const start = (dataset: string | undefined) => {
      base = baseOfDataset(dataset);
      const prepared = prepareQuery(query, run.params ?? {}, base);
      form = prepared.form;
      worker.postMessage({ text: prepared.text, resultsFormat: rawFormat(prepared.form) });
      if (run.timeoutSeconds) timer = setTimeout(() => finish(() => reject(timeoutError(run.timeoutSeconds!))), run.timeoutSeconds * 1000);
    };
    worker.on('message', (m: Message) => {
      if (m.type === 'loaded') {
        try {
          start(m.dataset);
        } catch (e) {
          finish(() => reject(e));
        }
      }
      if (m.type === 'result') finish(() => resolve({ result: parseRaw(form, m.raw), base }));
      if (m.type === 'error') finish(() => reject(new DiagnosticError([error(m.code, m.message)])));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the query worker stopped unexpectedly (exit code ${code})`))));
  });
}

function timeoutError(seconds: number): DiagnosticError {
  return new DiagnosticError([
    error('E_QUERY_TIMEOUT', `the query was stopped after ${seconds} s (--timeout ${seconds})`, undefined, 'narrow it (a LIMIT, a parameter) or pass a longer --timeout'),
  ]);
}
