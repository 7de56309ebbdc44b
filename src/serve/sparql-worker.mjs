// The SPARQL worker thread: holds the dataset in an oxigraph store and answers one query at a time, so the
// main thread can stop a query that runs too long by terminating this thread. Plain JS: workers get no tsx loader.
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

const store = new oxigraph.Store();
store.load(workerData.ntriples, { format: 'application/n-triples' });
parentPort.postMessage({ ready: true });

parentPort.on('message', ({ id, query, limit }) => {
  try {
    parentPort.postMessage({ id, ok: true, ...answer(query, limit) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, message: String(e && e.message ? e.message : e) });
  }
});

/** Runs the query; SELECT and ASK answer as SPARQL JSON, CONSTRUCT and DESCRIBE as N-Triples, cut at `limit`. */
function answer(query, limit) {
  let text;
  try {
    text = store.query(query, { results_format: 'application/sparql-results+json' });
  } catch (e) {
    if (!/Not supported RDF format/.test(String(e && e.message))) throw e;
    const lines = store.query(query, { results_format: 'application/n-triples' }).split('\n').filter((l) => l !== '');
    return { kind: 'graph', body: lines.slice(0, limit).join('\n') + (lines.length ? '\n' : ''), truncated: lines.length > limit };
  }
  const json = JSON.parse(text);
  if (!json.results) return { kind: 'boolean', body: text, truncated: false };
  const truncated = json.results.bindings.length > limit;
  json.results.bindings = json.results.bindings.slice(0, limit);
  return { kind: 'bindings', body: JSON.stringify(json), truncated };
}
