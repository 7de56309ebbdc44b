// The worker thread behind sparql-store.ts: holds one engine and answers `load` and `query` messages in order, so
// the main thread can stop a query that runs too long (or whose client went away) by terminating this thread.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { describeFailure } from './describe-failure.js';
import { createEngine } from './oxigraph-engine.js';

const engine = createEngine();

parentPort.on('message', ({ id, op, job }) => {
  try {
    if (op === 'load') {
      const text = job.path === undefined ? job.text : readFileSync(job.path, 'utf8');
      parentPort.postMessage({ id, ok: true, value: engine.load({ ...job, text }) });
    } else if (op === 'check') parentPort.postMessage({ id, ok: true, value: engine.check(job.sparql) });
    else parentPort.postMessage({ id, ok: true, value: engine.query(job) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, ...describeFailure(e) });
  }
});
