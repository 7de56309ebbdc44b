// Reads a JSON-LD context of the shape buildContext writes into what writeJsonLd needs.
import type { JsonLdContext, TermDefinition } from './build-context.ts';
import { expandIri, isPrefixIri } from './jsonld-names.ts';

/** What the writer needs from a context: the prefixes, and each coerced property's key and `@type`. */
export interface ContextTerms {
  prefixes: Record<string, string>;
  /** Property IRI → the term key to write and its `@type` coercion (`@id` or a datatype IRI). */
  coercions: Map<string, { key: string; type: string }>;
}

/**
 * Reads a context of the shape buildContext writes. Anything else (`@vocab`, `@language`, containers,
 * reverse terms…) is refused with an Error rather than half-understood, which could lose data.
 */
export function readContext(context: JsonLdContext): ContextTerms {
  const prefixes: Record<string, string> = {};
  const definitions: [string, TermDefinition & { '@type': string }][] = [];
  for (const [key, value] of Object.entries(context)) {
    if (key === '@version') continue;
    if (key.startsWith('@')) throw new Error(`unsupported JSON-LD context entry "${key}": ${JSON.stringify(value)}`);
    if (typeof value === 'string' && isPrefixIri(value)) prefixes[key] = value;
    else if (isPrefixDefinition(value)) prefixes[key] = value['@id'];
    else if (isCoercion(value)) definitions.push([key, value]);
    else throw new Error(`unsupported JSON-LD context entry "${key}": ${JSON.stringify(value)}`);
  }
  const coercions = new Map<string, { key: string; type: string }>();
  for (const [key, def] of definitions) {
    const iri = expandIri(def['@id'] ?? key, prefixes);
    const type = def['@type'] === '@id' ? '@id' : expandIri(def['@type'], prefixes);
    coercions.set(iri, { key, type });
  }
  return { prefixes, coercions };
}

function isPrefixDefinition(v: unknown): v is { '@id': string; '@prefix': true } {
  return (
    typeof v === 'object' &&
    v !== null &&
    Object.keys(v).length === 2 &&
    typeof (v as TermDefinition)['@id'] === 'string' &&
    (v as TermDefinition)['@prefix'] === true
  );
}

function isCoercion(v: unknown): v is TermDefinition & { '@type': string } {
  if (typeof v !== 'object' || v === null) return false;
  const type = (v as TermDefinition)['@type'];
  if (typeof type !== 'string' || (type.startsWith('@') && type !== '@id')) return false;
  return Object.keys(v).every((k) => k === '@type' || k === '@id');
}
