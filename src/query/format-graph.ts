// Writes the graph a CONSTRUCT or DESCRIBE query returns: Turtle, N-Triples or JSON-LD (compacted with the project prefixes).
import jsonld from 'jsonld';
import { Writer, type Quad } from 'n3';
import type { QueryResult } from './run-query.ts';

/** Turtle with the given prefixes, subjects in order, one block per subject. */
export function formatTurtle(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  return write(sortQuads(quads), { format: 'Turtle', prefixes: usedPrefixes(quads, prefixes) });
}

/** The prefixes whose namespace some IRI of the graph starts with. */
export function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set(quads.flatMap((q) => [q.subject, q.predicate, q.object, q.object.termType === 'Literal' ? q.object.datatype : q.object]).filter((t) => t.termType === 'NamedNode').map((t) => t.value));
  return Object.fromEntries(Object.entries(prefixes).filter(([, ns]) => [...iris].some((iri) => iri.startsWith(ns))));
}

/** Canonical N-Triples, one triple a line, sorted. */
export function formatNTriples(quads: Quad[]): Promise<string> {
  return write(sortQuads(quads), { format: 'N-Triples' });
}

/** JSON-LD: the graph compacted against a context made of the prefixes (no remote context is fetched). */
export async function formatJsonLd(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const nquads = await write(sortQuads(quads), { format: 'N-Quads' });
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, { '@context': usedPrefixes(quads, prefixes) } as never, { documentLoader: offlineLoader } as never);
  return JSON.stringify(compacted, null, 2) + '\n';
}

function offlineLoader(url: string): never {
  throw new Error(`JSON-LD tried to load ${url}: query output never fetches contexts`);
}

/** A graph as a three-column result, for the terminal table. */
export function graphAsBindings(quads: Quad[]): Extract<QueryResult, { kind: 'bindings' }> {
  const rows = sortQuads(quads).map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object }));
  return { kind: 'bindings', vars: ['subject', 'predicate', 'object'], rows };
}

function sortQuads(quads: Quad[]): Quad[] {
  const key = (q: Quad) => `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.value}`;
  return [...quads].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function write(quads: Quad[], options: { format: string; prefixes?: Record<string, string> }): Promise<string> {
  const writer = new Writer(options);
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((e, out) => (e ? reject(e) : resolve(out))));
}
