// The worker thread that loads the data and runs one query, so that a query running too long can be stopped (plain JS: workers load no TypeScript).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';

const { files, datasetClass, typeProperty } = workerData;
const store = new oxigraph.Store();

function load() {
  for (const { path, format } of files) {
    try {
      store.load(readFileSync(path, 'utf8'), { format, no_transaction: true });
    } catch (e) {
      parentPort.postMessage({ type: 'error', code: 'E_RDF_SYNTAX', message: `${path}: ${e.message}` });
      return;
    }
  }
  const datasets = store.match(null, oxigraph.namedNode(typeProperty), oxigraph.namedNode(datasetClass), null);
  parentPort.postMessage({ type: 'loaded', size: store.size, dataset: datasets[0]?.subject.value });
}

parentPort.on('message', ({ text, resultsFormat }) => {
  try {
    parentPort.postMessage({ type: 'result', raw: store.query(text, { results_format: resultsFormat }) });
  } catch (e) {
    parentPort.postMessage({ type: 'error', code: 'E_QUERY_SYNTAX', message: e.message });
  }
});
load();
