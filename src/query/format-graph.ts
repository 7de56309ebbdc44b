// Writes the graph a CONSTRUCT or DESCRIBE query returns, with the serialization stage's writers: Turtle and
// JSON-LD with the project prefixes the graph uses, sorted N-Triples; and the graph as rows for the terminal table.
import type { Quad } from 'n3';
import { selfContainedJsonLd, writeNTriples, writeTurtleDocument } from '../serialization/index.ts';
import type { QueryResult } from './run-query.ts';

/** Turtle with the prefixes it uses, one sorted block per subject. */
export function formatTurtle(quads: Quad[], prefixes: Record<string, string>): string {
  return writeTurtleDocument(quads, prefixes);
}

/** N-Triples, one triple a line, sorted. */
export function formatNTriples(quads: Quad[]): string {
  return writeNTriples(quads);
}

/** JSON-LD compacted with the prefixes it uses, its context inline (nothing is fetched); blank nodes kept as `_:b`. */
export function formatJsonLd(quads: Quad[], prefixes: Record<string, string>): string {
  return `${JSON.stringify(selfContainedJsonLd(quads, prefixes, { keepBlankNodes: true }), null, 2)}\n`;
}

/** A graph as a three-column result, for the terminal table, sorted by subject, predicate and object. */
export function graphAsBindings(quads: Quad[]): Extract<QueryResult, { kind: 'bindings' }> {
  const key = (q: Quad) => `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.value}`;
  const sorted = [...quads].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const rows = sorted.map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object }));
  return { kind: 'bindings', vars: ['subject', 'predicate', 'object'], rows };
}
