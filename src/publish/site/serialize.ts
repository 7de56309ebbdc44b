// Turtle, N-Triples and JSON-LD text for a set of quads (a stand-in until src/serialization/ lands).
import { Writer, type Quad } from 'n3';
import jsonld from 'jsonld';
import { compareQuads } from './graph-index.ts';

/** Sorted Turtle with the given prefixes (only those used are declared). */
export function toTurtle(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const used = usedPrefixes(quads, prefixes);
  return write(new Writer({ prefixes: used }), quads);
}

/** Sorted N-Triples. */
export function toNTriples(quads: Quad[]): Promise<string> {
  return write(new Writer({ format: 'N-Triples' }), quads);
}

/**
 * A compacted JSON-LD document whose `@context` (the used prefixes) is inline, so it needs no network to read.
 * Literals keep their datatypes (`useNativeTypes: false`).
 */
export async function toJsonLd(quads: Quad[], prefixes: Record<string, string>): Promise<Record<string, unknown>> {
  const nquads = await toNTriples(quads);
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads', useNativeTypes: false });
  const context = usedPrefixes(quads, prefixes);
  const options = { documentLoader: refuseRemote } as unknown as jsonld.Options.Compact;
  return (await jsonld.compact(expanded, context, options)) as Record<string, unknown>;
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no value can close the element. */
export function jsonForScript(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
}

// Context loading stays offline: the contexts are inline, and anything else is refused.
async function refuseRemote(url: string): Promise<never> {
  throw new Error(`remote JSON-LD context refused: ${url}`);
}

function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) iris.add(t.value);
    if (q.object.termType === 'Literal') iris.add(q.object.datatype.value);
  }
  const out: Record<string, string> = {};
  for (const [p, ns] of Object.entries(prefixes)) {
    for (const iri of iris) if (iri.startsWith(ns)) { out[p] = ns; break; }
  }
  return out;
}

function write(writer: Writer, quads: Quad[]): Promise<string> {
  writer.addQuads([...quads].sort(compareQuads));
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}
