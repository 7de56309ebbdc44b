// Documentation that cannot drift: every class, predicate and YAML field the data and the mapping use is documented.
// A cross-check, not generation: MODEL.md and data/README.md are prose for readers (why a term, how it aligns), which
// no generator writes; the repetitive artefacts (JSON Schema, ontology, shapes) are already checked against each
// other and against vocab.ts by ontology.test.ts. This test closes the last gap: data or mapping ahead of the docs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { prefixedName } from '../../src/terms.ts';
import { NS, VOCABULARY_PREFIXES } from '../../src/vocab.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const model = read('../../ontology/MODEL.md');
const formatDoc = read('../../data/README.md');
const schema = JSON.parse(read('../../data/schema/source-facts.schema.json')) as {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties?: Record<string, unknown> }>;
};

const VOCABS: Record<string, string> = Object.fromEntries(VOCABULARY_PREFIXES.map((p) => [p, NS[p]]));

describe('ontology/MODEL.md', () => {
  const graphs = ['data/qalamoun-2017', 'tests/fixtures/source/mini'].map((dir) => mapFacts(loadFacts(dir)).quads);

  it('names every class and predicate the mapping emits for the data', () => {
    const used = new Set<string>();
    for (const quads of graphs)
      for (const q of quads) {
        used.add(q.predicate.value);
        if (q.predicate.value === `${NS.rdf}type`) used.add(q.object.value);
      }
    const names = [...used].map((iri) => prefixedName(iri, VOCABS) ?? iri);
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((name) => !new RegExp(`\`[^\`]*\\b${escapeRegExp(name)}\\b`).test(model)).sort()).toEqual([]);
  });
});

describe('data/README.md', () => {
  it('names every section and every field of the YAML format', () => {
    const fields = new Set(Object.keys(schema.properties));
    for (const def of Object.values(schema.$defs)) for (const f of Object.keys(def.properties ?? {})) fields.add(f);
    expect(fields.size).toBeGreaterThan(50);
    expect([...fields].filter((f) => !formatDoc.includes(`\`${f}\``)).sort()).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
