// Turtle, N-Triples and self-contained JSON-LD for a resource's document, through the serialization stage.
import type { Quad } from 'n3';
import { buildContext, expandIri, type JsonLdContext, writeJsonLd, writeNTriples, writeTurtle } from '../serialization/index.ts';

/** Sorted Turtle declaring only the prefixes it uses. */
export function toTurtle(quads: Quad[], prefixes: Record<string, string>): string {
  return writeTurtle(quads, usedPrefixes(quads, prefixes));
}

/** Sorted N-Triples. */
export function toNTriples(quads: Quad[]): string {
  return writeNTriples(quads);
}

/**
 * A compacted JSON-LD document that carries its `@context` inline (the project context, cut down to the prefixes
 * and terms these quads use), so it reads on its own, without a network.
 */
export function toJsonLd(quads: Quad[], prefixes: Record<string, string>): Record<string, unknown> {
  const used = usedPrefixes(quads, prefixes);
  const context = usedTerms(buildContext(used), quads, used);
  const doc = JSON.parse(writeJsonLd(quads, context, 'context.jsonld')) as Record<string, unknown>;
  return { ...doc, '@context': context };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no value can close the element. */
export function jsonForScript(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
}

// The prefixes whose namespace some IRI or datatype of the quads starts with, plus xsd for typed terms.
function usedPrefixes(quads: Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) iris.add(t.value);
    if (q.object.termType === 'Literal') iris.add(q.object.datatype.value);
  }
  const out: Record<string, string> = {};
  for (const [p, ns] of Object.entries(prefixes)) {
    if (p === 'xsd' || [...iris].some((iri) => iri.startsWith(ns))) out[p] = ns;
  }
  return out;
}

// Drops the term definitions (`sem:hasPlace: {@type: @id}`) of properties the quads do not use.
function usedTerms(context: JsonLdContext, quads: Quad[], prefixes: Record<string, string>): JsonLdContext {
  const predicates = new Set(quads.map((q) => q.predicate.value));
  return Object.fromEntries(Object.entries(context).filter(([key, value]) =>
    typeof value !== 'object' || value['@prefix'] || predicates.has(expandIri(key, prefixes))));
}
