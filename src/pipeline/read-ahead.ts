// The classes of resources described in files not read yet: their entries are read and mapped on their own, early.
import type { Quad } from 'n3';
import {
  type FactIndex,
  type Facts,
  loadBatch,
  SECTION_KIND,
  SECTION_NAMES,
  type SectionName,
} from '../source/index.ts';
import { rdf } from '../vocab.ts';
import { createMapper, mintedId } from '../mapping/index.ts';

const SECTION_OF = new Map(SECTION_NAMES.map((s) => [SECTION_KIND[s], s]));

/**
 * For the IRIs of a partition that name entries of files read later (`<base><kind>/<id>`), the rdf:type triples
 * that mapping those entries makes. Each file is read for this once at the most, the last one kept: what a
 * partition points at ahead is usually in one file. IRIs that name no entry give nothing (they stay unknown).
 */
export function createReadAhead(index: FactIndex, base: string) {
  let cached: { file: number; facts?: Facts } | undefined;
  const kindOf = (id: string) => index.ids.kind(id);
  return (iris: readonly string[]): Quad[] => {
    const wanted = new Map<number, { section: SectionName; id: string; iri: string }[]>();
    for (const iri of iris) {
      const named = mintedId(base, iri, kindOf);
      if (!named) continue;
      const file = index.ids.file(named.id)!;
      const list = wanted.get(file) ?? [];
      list.push({ section: SECTION_OF.get(named.kind)!, id: named.id, iri });
      wanted.set(file, list);
    }
    const types: Quad[] = [];
    for (const [file, entries] of wanted) {
      // A file with problems is not mapped ahead (its entries may point nowhere): its own batch reports them.
      if (cached?.file !== file) {
        const { facts, diagnostics } = loadBatch(index, [file]);
        cached = { file, facts: diagnostics.length === 0 ? facts : undefined };
      }
      if (!cached.facts) continue;
      const mapper = createMapper(cached.facts, base, { kindOf });
      for (const { section, id, iri } of entries) {
        const entry = (cached.facts[section] as { id: string }[]).find((e) => e.id === id);
        if (!entry) continue;
        const { quads } = mapper.map({ [section]: [entry] });
        types.push(...quads.filter((q) => q.subject.value === iri && q.predicate.equals(rdf.type)));
      }
    }
    return types;
  };
}
