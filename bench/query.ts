// Benchmark (not a test): the latency of every catalogue query on the Qalamoun data and on a synthetic ~1M-triple corpus.
//
//   node --max-old-space-size=6000 --import tsx bench/query.ts [--events 14800] [--runs 5] [--seed 7] [--only NAME]
//
// The synthetic corpus is the project's own deterministic generator (src/synth) mapped by the real pipeline
// (no SHACL: it does not change the graph), so it is the same model as the Qalamoun data, about 68 triples an event.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mapFacts } from '../src/mapping/index.ts';
import {
  type CatalogueEntry,
  datasetBase,
  openStore,
  pickLabels,
  type QueryResult,
  readCatalogue,
  runQuery,
  type SparqlStore,
} from '../src/query/index.ts';
import { writeNTriples } from '../src/serialization/index.ts';
import { loadFacts } from '../src/source/index.ts';
import { generateCorpus } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '14800' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);

interface Corpus {
  name: string;
  store: SparqlStore;
  params: Record<string, Record<string, string>>;
}

interface Timing {
  rows: number;
  median: number;
  min: number;
  max: number;
}

/** Maps a dataset folder with the real pipeline and loads its N-Triples into a Store; logs the times. */
async function loadCorpus(name: string, dataDir: string): Promise<SparqlStore> {
  let t = performance.now();
  const graph = mapFacts(loadFacts(dataDir));
  const mapMs = performance.now() - t;
  t = performance.now();
  const nt = writeNTriples(graph.quads);
  const serializeMs = performance.now() - t;
  t = performance.now();
  const store = openStore();
  const size = await store.load({ text: nt, format: 'application/n-triples' });
  const loadMs = performance.now() - t;
  log(
    `${name}: ${size.toLocaleString('en')} triples; map ${ms(mapMs)}, N-Triples ${ms(serializeMs)}, oxigraph load ${ms(loadMs)}`,
  );
  return store;
}

/** Parameters that exist in a corpus: its busiest place, its busiest actor, its biggest operation. */
async function pickParams(store: SparqlStore, qalamoun: boolean): Promise<Record<string, Record<string, string>>> {
  if (qalamoun) {
    return {
      'actor-activity': { actor: 'hezbollah' },
      'event-graph': { event: 'isil-surrender-to-hezbollah' },
      'event-participants': { event: 'qalamoun-offensive-2017' },
      'events-at-place': { place: 'arsal' },
      'events-between': { from: '2017-08-19', to: '2017-08-19' },
      'facts-citing-footnote': { footnote: '15' },
    };
  }
  const top = (pattern: string) =>
    first(
      store,
      `PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\nPREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?x (COUNT(*) AS ?n) WHERE { ${pattern} } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1`,
    );
  const event = await top('?p ckg:participationIn ?x');
  return {
    'actor-activity': { actor: await top('?p ckg:actor ?x') },
    'event-graph': { event },
    'event-participants': { event },
    'events-at-place': { place: await top('?e sem:hasPlace ?x') },
    'events-between': { from: '2005-01', to: '2005-01' },
    'facts-citing-footnote': { footnote: '1' },
  };
}

async function first(store: SparqlStore, sparql: string): Promise<string> {
  const json = JSON.parse(await store.query({ sparql, format: 'application/sparql-results+json' })) as {
    results: { bindings: { x: { value: string } }[] };
  };
  return json.results.bindings[0].x.value;
}

/** Runs a query once untimed, then RUNS times; the time covers preparing, running and reading the answer, and picking labels. */
async function time(corpus: Corpus, entry: CatalogueEntry): Promise<Timing> {
  const once = async () => {
    const t = performance.now();
    const result: QueryResult = pickLabels(
      await runQuery(corpus.store, { text: entry.text, file: entry.file }, { params: corpus.params[entry.name] ?? {} }),
      'en',
    );
    return {
      ms: performance.now() - t,
      rows: result.kind === 'bindings' ? result.rows.length : result.kind === 'graph' ? result.quads.length : 1,
    };
  };
  const { rows } = await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await once()).ms);
  times.sort((a, b) => a - b);
  return { rows, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const entries = readCatalogue().filter((e) => !values.only || e.name === values.only);
  const qalamoun = await loadCorpus('qalamoun-2017', 'data/qalamoun-2017');
  const dir = mkdtempSync(join(tmpdir(), 'ckg-bench-query-'));
  let synthetic: SparqlStore;
  try {
    const t = performance.now();
    generateCorpus({ events: Number(values.events), seed: Number(values.seed), outDir: dir });
    log(`synthetic corpus: ${values.events} events generated in ${ms(performance.now() - t)}`);
    synthetic = await loadCorpus('synthetic', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const corpora: Corpus[] = [
    { name: 'Qalamoun', store: qalamoun, params: await pickParams(qalamoun, true) },
    { name: 'synthetic', store: synthetic, params: await pickParams(synthetic, false) },
  ];
  log(`synthetic parameters: ${JSON.stringify(corpora[1].params)} (base ${await datasetBase(synthetic)})`);
  const header = `| query | ${corpora.map((c) => `${c.name} rows | ${c.name} median (min–max)`).join(' | ')} |`;
  process.stdout.write(
    `\n${header}\n|${header
      .split('|')
      .slice(2)
      .map(() => ' --- |')
      .join('')}\n`,
  );
  for (const entry of entries) {
    const cells: string[] = [];
    for (const c of corpora) {
      const r = await time(c, entry);
      cells.push(`${r.rows} | ${ms(r.median)} (${ms(r.min)}–${ms(r.max)})`);
    }
    process.stdout.write(`| ${entry.name} | ${cells.join(' | ')} |\n`);
  }
  process.stdout.write(
    `\n${RUNS} timed runs per query after one untimed run; Node ${process.version}, oxigraph (WASM) in-process.\n`,
  );
}

await main();
