// Test helpers for the query stage: the fixture store, and results written compactly (prefixed IRIs, literal values).
import { fileURLToPath } from 'node:url';
import { prefixesFor } from '../../src/vocab.ts';
import { compactIri } from '../../src/query/format-results.ts';
import { datasetBase, loadStore, type Store } from '../../src/query/load-store.ts';
import type { QueryResult } from '../../src/query/run-query.ts';

export const FIXTURE = fileURLToPath(new URL('./fixtures/mini.ttl', import.meta.url));

export function fixtureStore(): Store {
  return loadStore([FIXTURE]);
}

/** Rows as objects of short strings: `event:offensive`, `"Hezbollah"@en` → `Hezbollah@en`, `35`; unbound cells left out. */
export function compactRows(result: QueryResult, base: string): Record<string, string>[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  const prefixes = prefixesFor(base);
  return result.rows.map((row) =>
    Object.fromEntries(
      result.vars
        .filter((v) => row[v])
        .map((v) => {
          const t = row[v];
          if (t.termType === 'NamedNode') return [v, compactIri(t.value, prefixes)];
          return [v, t.termType === 'Literal' && t.language ? `${t.value}@${t.language}` : t.value];
        }),
    ),
  );
}

/** The same rows sorted, for results whose order the query does not fix. */
export function asSet(rows: Record<string, string>[]): Record<string, string>[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

export function baseOf(store: Store): string {
  const base = datasetBase(store);
  if (!base) throw new Error('the test graph has no ckg:Dataset');
  return base;
}
