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

/** Asserts two graphs are isomorphic, showing the sorted N-Triples difference when they are not. */
export function expectIsomorphic(actual: Quad[], expected: Quad[]): void {
  if (isomorphic(actual, expected)) return;
  const show = (qs: Quad[]) => qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value) + '@' + q.object.language + '^^' + q.object.datatype.value : q.object.value}`).sort();
  expect(show(actual)).toEqual(show(expected));
}
