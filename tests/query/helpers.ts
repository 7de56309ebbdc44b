// Test helpers for the query stage: the fixture store, and results written compactly (prefixed IRIs, literal values).
import { fileURLToPath } from 'node:url';
import { prefixesFor, SHARED_BASE } from '../../src/vocab.ts';
import { prefixedName } from '../../src/terms.ts';
import { loadFiles } from '../../src/query/data-files.ts';
import { datasetBase, type QueryResult } from '../../src/query/run-query.ts';
import { openStore, type SparqlStore } from '../../src/query/sparql-store.ts';

export const FIXTURE = fileURLToPath(new URL('./fixtures/mini.ttl', import.meta.url));

/** An in-process store holding the files (the fixture by default). */
export async function storeOf(files: string[] = [FIXTURE]): Promise<SparqlStore> {
  const store = openStore();
  await loadFiles(store, files);
  return store;
}

export const fixtureStore = () => storeOf();

/** An IRI as `prefix:local`, or `<iri>` when no prefix fits (as the terminal table writes it). */
export function compactIri(iri: string, prefixes: Record<string, string>): string {
  return prefixedName(iri, prefixes) ?? `<${iri}>`;
}

/** Rows as objects of short strings: `event:offensive`, `"Hezbollah"@en` → `Hezbollah@en`, `35`; unbound cells left out. */
export function compactRows(result: QueryResult, base: string): Record<string, string>[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  // The dataset's own prefixes first, then the shared register's (actor:, place: name either).
  const own = prefixesFor(base);
  const shared = prefixesFor(base, SHARED_BASE);
  const compact = (iri: string) => prefixedName(iri, own) ?? compactIri(iri, shared);
  return result.rows.map((row) =>
    Object.fromEntries(
      result.vars
        .filter((v) => row[v])
        .map((v) => {
          const t = row[v];
          if (t.termType === 'NamedNode') return [v, compact(t.value)];
          return [v, t.termType === 'Literal' && t.language ? `${t.value}@${t.language}` : t.value];
        }),
    ),
  );
}

/** The same rows sorted, for results whose order the query does not fix. */
export function asSet(rows: Record<string, string>[]): Record<string, string>[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

export async function baseOf(store: SparqlStore): Promise<string> {
  const base = await datasetBase(store);
  if (!base) throw new Error('the test graph has no ckg:Dataset');
  return base;
}
