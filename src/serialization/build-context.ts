// Builds the dataset's JSON-LD 1.1 context (prefixes + term coercions) and reads one back for the writer.
import { OBJECT_PROPERTIES, TYPED_PROPERTIES } from './context-terms.ts';
import { createJsonLdNamer, isPrefixIri } from './jsonld-names.ts';

/**
 * Version of the term table in context-terms.ts. Once a dataset is published, bump it when the table
 * changes: published documents refer to the context file, so its meaning must not shift under them
 * (tests/serialization/fixtures/context-v<N>.jsonld pins each version: v2 added the register's link, geometry and
 * membership terms; v3 the quotation kind, quotations, versions (prov:alternateOf), ckg:notListedBy and the stored
 * copy, schema:archivedAt; v4 the resource kinds and properties of issue 15: collectives, place and event relations,
 * statements, inferences, bounds, durations; v5 ckg:partyTo, the claim relation of issue 16's aftermath).
 */
export const CONTEXT_VERSION = 5;

/** A term definition as buildContext writes them. */
export interface TermDefinition {
  '@id'?: string;
  '@type'?: string;
  '@prefix'?: boolean;
}

/** A JSON-LD 1.1 context object: `@version`, prefixes, term definitions. */
export type JsonLdContext = { [key: string]: string | number | TermDefinition };

// JSON-LD term names may not be empty, start with `@`, or hold `:`/`/` (they would read as IRIs).
const PREFIX_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The context for documents written with these prefixes: `"@version": 1.1`, every prefix (in the object's
 * order), then, sorted by key, `{"@type": "@id"}` for object properties and `{"@type": "xsd:…"}` for
 * properties with one fixed datatype (both from context-terms.ts, keyed by compact IRI). Derived from the
 * vocabulary, not from the data, so the same prefixes always give the same context.
 * @example buildContext(prefixesFor(base))['sem:hasPlace'] //=> { '@type': '@id' }
 */
export function buildContext(prefixes: Readonly<Record<string, string>>): JsonLdContext {
  const context: JsonLdContext = { '@version': 1.1 };
  for (const [name, ns] of Object.entries(prefixes)) {
    if (!PREFIX_NAME.test(name)) throw new Error(`"${name}" cannot be a JSON-LD prefix name`);
    context[name] = isPrefixIri(ns) ? ns : { '@id': ns, '@prefix': true };
  }
  const compact = createJsonLdNamer(prefixes);
  const terms: [string, TermDefinition][] = [
    ...OBJECT_PROPERTIES.map((p): [string, TermDefinition] => [compact(p.value), { '@type': '@id' }]),
    ...TYPED_PROPERTIES.map(([p, dt]): [string, TermDefinition] => [compact(p.value), { '@type': compact(dt.value) }]),
  ];
  terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, definition] of terms) context[key] = definition;
  return context;
}

/** The context file's text: `{"@context": …}`, 2-space indent, trailing newline. */
export function writeContext(context: JsonLdContext): string {
  return `${JSON.stringify({ '@context': context }, null, 2)}\n`;
}
