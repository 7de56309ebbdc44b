// A graph as a document of its own (a resource's page, a query's answer): Turtle declaring only the prefixes it
// uses, and JSON-LD carrying its context inline, cut down to the prefixes and terms it uses, so it reads offline.
import type { Quad } from '@rdfjs/types';
import { buildContext, type JsonLdContext } from './build-context.ts';
import { expandIri } from './jsonld-names.ts';
import { writeJsonLd, type JsonLdOptions } from './write-jsonld.ts';
import { writeTurtle } from './write-turtle.ts';

/** The prefixes whose namespace some IRI or datatype of the quads starts with, plus xsd (typed values use it). */
export function usedPrefixes(
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>>,
): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode') iris.add(t.value);
    if (q.object.termType === 'Literal') iris.add(q.object.datatype.value);
  }
  const out: Record<string, string> = {};
  for (const [p, ns] of Object.entries(prefixes)) {
    if (p === 'xsd' || [...iris].some((iri) => iri.startsWith(ns))) out[p] = ns;
  }
  return out;
}

/** Sorted Turtle declaring only the prefixes it uses. */
export function writeTurtleDocument(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  return writeTurtle(quads, usedPrefixes(quads, prefixes));
}

/** Compacted JSON-LD whose `@context` is inline: the project context cut down to what these quads use. */
export function selfContainedJsonLd(
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>>,
  options: JsonLdOptions = {},
): Record<string, unknown> {
  const used = usedPrefixes(quads, prefixes);
  const context = usedTerms(buildContext(used), quads, used);
  const doc = JSON.parse(writeJsonLd(quads, context, 'context.jsonld', options)) as Record<string, unknown>;
  return { ...doc, '@context': context };
}

/** Drops the term definitions (`sem:hasPlace: {@type: @id}`) of properties the quads do not use. */
function usedTerms(context: JsonLdContext, quads: readonly Quad[], prefixes: Record<string, string>): JsonLdContext {
  const predicates = new Set(quads.map((q) => q.predicate.value));
  return Object.fromEntries(
    Object.entries(context).filter(
      ([key, value]) => typeof value !== 'object' || value['@prefix'] || predicates.has(expandIri(key, prefixes)),
    ),
  );
}
