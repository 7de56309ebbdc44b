// Turtle, N-Triples and self-contained JSON-LD for a resource's document: the serialization stage's writers.
import type { Quad } from 'n3';
import { selfContainedJsonLd, writeNTriples, writeTurtleDocument } from '../serialization/index.ts';

/** Sorted Turtle declaring only the prefixes it uses. */
export const toTurtle = (quads: Quad[], prefixes: Record<string, string>): string =>
  writeTurtleDocument(quads, prefixes);

/** Sorted N-Triples. */
export const toNTriples = (quads: Quad[]): string => writeNTriples(quads);

/**
 * A compacted JSON-LD document that carries its `@context` inline, so it reads on its own, without a network.
 * Blank nodes (the SHACL shapes' property shapes and lists) are written as `_:label` only when `keepBlankNodes`
 * is set: the dataset has none, and its dumps refuse them.
 */
export const toJsonLd = (
  quads: Quad[],
  prefixes: Record<string, string>,
  options: { keepBlankNodes?: boolean } = {},
): Record<string, unknown> => selfContainedJsonLd(quads, prefixes, options);

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no value can close the element. */
export function jsonForScript(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
}
