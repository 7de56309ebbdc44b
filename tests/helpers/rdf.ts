// RDF helpers for tests: parse Turtle, pick a subject's triples, compare graphs as graphs (isomorphism).
import { Parser, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { expect } from 'vitest';

export function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser({ baseIRI }).parse(text);
}

/** The triples whose subject is `iri`. */
export function triplesOf(quads: Quad[], iri: string): Quad[] {
  return quads.filter((q) => q.subject.value === iri);
}

/** One line per triple, telling apart everything RDF tells apart (a literal's language and datatype). */
export function tripleKey(q: Quad): string {
  const o = q.object;
  const object =
    o.termType === 'Literal'
      ? `${JSON.stringify(o.value)}@${o.language}^^${o.datatype.value}`
      : `${o.termType}:${o.value}`;
  return `${q.subject.termType}:${q.subject.value} ${q.predicate.value} ${object}`;
}

/** Asserts two graphs are isomorphic, showing the sorted N-Triples difference when they are not. */
export function expectIsomorphic(actual: Quad[], expected: Quad[]): void {
  if (isomorphic(actual, expected)) return;
  const show = (qs: Quad[]) => qs.map(tripleKey).sort();
  expect(show(actual)).toEqual(show(expected));
}
