// The Korean and English names of the ontology's SKOS concepts (roles, quantity kinds, qualifiers), read once from
// the ontology's `skos:prefLabel`s: the one place they are written, so generated labels say what the concepts say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Label } from '../source/index.ts';
import { concept, type ConceptName, type SchemeName, skos } from '../vocab.ts';

/** The ontology file, beside `src/` (and beside `build/` when compiled). */
export const ONTOLOGY_FILE = fileURLToPath(new URL('../../ontology/conflict-kg.ttl', import.meta.url));

let cache: Map<string, Partial<Label>> | undefined;

/**
 * A concept's `skos:prefLabel` in Korean and English.
 * @example conceptLabel('role', 'belligerent') //=> { ko: '교전 당사자', en: 'belligerent' }
 * @throws Error when the ontology gives the concept no label in one of the two languages (a broken ontology).
 */
export function conceptLabel<S extends SchemeName>(scheme: S, name: string): Label {
  // The JSON Schema has checked the name against the scheme's concepts before mapping.
  const iri = concept(scheme, name as ConceptName<S>).value;
  const found = prefLabels().get(iri);
  if (!found?.ko || !found.en)
    throw new Error(`mapping: the ontology has no Korean and English skos:prefLabel for ${iri}`);
  return found as Label;
}

function prefLabels(): Map<string, Partial<Label>> {
  if (cache) return cache;
  const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(ONTOLOGY_FILE, 'utf8'));
  cache = new Map();
  for (const q of quads) {
    if (!q.predicate.equals(skos.prefLabel) || q.object.termType !== 'Literal') continue;
    const lang = q.object.language;
    if (lang !== 'ko' && lang !== 'en') continue;
    const labels = cache.get(q.subject.value) ?? {};
    labels[lang] ??= q.object.value;
    cache.set(q.subject.value, labels);
  }
  return cache;
}
