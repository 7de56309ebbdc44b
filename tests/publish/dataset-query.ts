// A query over one dataset's data (its operations, actors and places with their labels), as `query --dataset ID`
// answers it on oxigraph, to compare with what a store holding the published graphs answers for that dataset.
import type { Term } from 'n3';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../helpers/memory-io.ts';

export const DATASET_QUERY = `PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?x ?label WHERE {
  VALUES ?c { ckg:MilitaryOperation ckg:Actor ckg:Place }
  ?x a ?c ; rdfs:label ?label .
}`;

/** A row as one comparable string: the IRI, the label and its language. */
export function rowKey(
  x: { value: string } | undefined,
  label: { value: string; language?: string; 'xml:lang'?: string } | undefined,
): string {
  return `${x?.value} ${JSON.stringify(label?.value)}@${label?.language ?? label?.['xml:lang'] ?? ''}`;
}

/** DATASET_QUERY's rows from `conflict-kg query --from DIST --dataset ID --format json`, sorted. */
export async function queryDataset(dist: string, id: string): Promise<string[]> {
  const io = memoryIo();
  const code = await run(['query', DATASET_QUERY, '--from', dist, '--dataset', id, '--format', 'json'], io);
  if (code !== 0) throw new Error(io.err.join(''));
  const json = JSON.parse(io.out.join('')) as {
    results: { bindings: Record<string, Term & { 'xml:lang'?: string }>[] };
  };
  return json.results.bindings.map((b) => rowKey(b.x, b.label)).sort();
}
