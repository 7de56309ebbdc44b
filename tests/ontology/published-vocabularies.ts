// Test helper: the terms the published vocabularies define (the @vocabulary/* npm copies), and the IRIs a graph or module uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Parser, type NamedNode, type Quad } from 'n3';
import { NS } from '../../src/vocab.ts';

/** The external namespaces checked, by prefix; each has a `@vocabulary/<prefix>` package with `<prefix>.nq`. */
export const CHECKED = [
  'sem',
  'crm',
  'time',
  'prov',
  'schema',
  'skos',
  'dcterms',
  'geo',
  'sf',
  'org',
  'rdf',
  'rdfs',
  'owl',
  'org',
  'sf',
] as const;

const require = createRequire(import.meta.url);

/** Every IRI that is the subject of a triple in the published copy of the checked vocabularies. */
export function loadPublishedTerms(): Set<string> {
  const terms = new Set<string>();
  for (const prefix of CHECKED) {
    const dir = dirname(require.resolve(`@vocabulary/${prefix}/package.json`));
    for (const q of new Parser({ format: 'N-Quads' }).parse(readFileSync(join(dir, `${prefix}.nq`), 'utf8'))) {
      if (q.subject.termType === 'NamedNode') terms.add(q.subject.value);
    }
  }
  return terms;
}

/** The namespace an IRI belongs to among the checked ones, or undefined (longest namespace wins). */
export function checkedNamespace(iri: string): string | undefined {
  const matches = CHECKED.map((p) => NS[p]).filter((ns) => iri.startsWith(ns) && iri.length > ns.length);
  return matches.sort((a, b) => b.length - a.length)[0];
}

/** The IRIs of `used` that lie in a checked namespace but are not defined by its published vocabulary, sorted. */
export function unknownTerms(used: Iterable<string>, published: Set<string>): string[] {
  return [...new Set(used)].filter((iri) => checkedNamespace(iri) !== undefined && !published.has(iri)).sort();
}

/** Every IRI in any position of the quads. */
export function irisOf(quads: Quad[]): string[] {
  return quads
    .flatMap((q) => [q.subject, q.predicate, q.object])
    .filter((t) => t.termType === 'NamedNode')
    .map((t) => t.value);
}

/** Every IRI exported by a module of term tables (`export const sem = { Event: NamedNode, … }`). */
export function irisOfModule(module: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const value of Object.values(module)) {
    if (value === null || typeof value !== 'object') continue;
    for (const term of Object.values(value as Record<string, unknown>)) {
      if ((term as NamedNode)?.termType === 'NamedNode') out.push((term as NamedNode).value);
    }
  }
  return out;
}
