// Writes quads directly as compacted JSON-LD under a given context (no jsonld.js at run time: 7× faster).
import type { Literal, Quad, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { withCodePointOrder } from './code-point-order.ts';
import type { JsonLdContext } from './build-context.ts';
import { type ContextTerms, readContext } from './read-context.ts';
import { groupBySubject, type SubjectBlock } from './group-by-subject.ts';
import { createJsonLdNamer } from './jsonld-names.ts';

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;
const XSD_INTEGER = `${NS.xsd}integer`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;
// Lexical forms that a JSON number or boolean reproduces exactly when read back as xsd:integer/boolean.
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;

type JsonValue = string | number | boolean | { [key: string]: string };
type NodeObject = Record<string, string | string[] | JsonValue | JsonValue[]>;

interface Writer {
  compact: (iri: string) => string;
  coercions: ContextTerms['coercions'];
  keepBlankNodes: boolean;
}

export interface JsonLdOptions {
  /** Write blank nodes as `_:label` (query answers) instead of refusing them (the dataset, which must have none). */
  keepBlankNodes?: boolean;
}

/**
 * Compacted JSON-LD: `{"@context": contextRef, "@graph": [node objects sorted by @id]}`, 2-space indent,
 * trailing newline. Each node: `@id`, `@type` (an array), then its properties in IRI order, one value
 * bare or several in an array. Values use the context's coercions where they fit and full
 * `{"@id"}` / `{"@value", "@type"|"@language"}` forms where they do not, so every triple reads back
 * (jsonld.js `toRDF`, rdflib). Integers and booleans in canonical form become JSON numbers/booleans.
 * Blank nodes are refused with an Error: the model has none, and JSON-LD readers relabel them.
 * @param contextRef where the context file is, relative to the document (`qalamoun-2017.context.jsonld`)
 */
export function writeJsonLd(
  quads: readonly Quad[],
  context: JsonLdContext,
  contextRef: string,
  options: JsonLdOptions = {},
): string {
  const namespaces = Object.values(readContext(context).prefixes).join(' ');
  // The namespaces are not in the output (only their prefixes), so they are checked for surrogates besides it.
  return withCodePointOrder(
    (compare) => jsonLdDocument(groupBySubject(quads, compare), context, contextRef, options),
    namespaces,
  );
}

/** The JSON-LD document of subject blocks already grouped and sorted (writeJsonLd, or a partitioned export's partition). */
export function jsonLdDocument(
  blocks: readonly SubjectBlock[],
  context: JsonLdContext,
  contextRef: string,
  options: JsonLdOptions = {},
): string {
  const writer = createWriter(context, options);
  const graph = blocks.map((block) => nodeObject(block, writer));
  return `${JSON.stringify({ '@context': contextRef, '@graph': graph }, null, 2)}\n`;
}

const ITEMS_START = '{\n  "@graph": [\n';
const ITEMS_END = '\n  ]\n}';

/**
 * The node objects of the blocks exactly as jsonLdDocument writes them inside its `@graph` array (indented by four
 * spaces, `,\n` between them), '' for none: a partitioned export appends each partition's to one array.
 */
export function jsonLdGraphItems(blocks: readonly SubjectBlock[], context: JsonLdContext): string {
  if (blocks.length === 0) return '';
  const writer = createWriter(context, {});
  const text = JSON.stringify({ '@graph': blocks.map((block) => nodeObject(block, writer)) }, null, 2);
  return text.slice(ITEMS_START.length, text.length - ITEMS_END.length);
}

function createWriter(context: JsonLdContext, options: JsonLdOptions): Writer {
  const { prefixes, coercions } = readContext(context);
  return { compact: createJsonLdNamer(prefixes), coercions, keepBlankNodes: options.keepBlankNodes ?? false };
}

function nodeObject(block: SubjectBlock, w: Writer): NodeObject {
  const node: NodeObject = { '@id': iriOf(block.subject, w) };
  for (const { predicate, objects } of block.predicates) {
    if (predicate.value === RDF_TYPE && objects.every((o) => o.termType === 'NamedNode')) {
      node['@type'] = objects.map((o) => w.compact(o.value));
      continue;
    }
    const coercion = w.coercions.get(predicate.value);
    const key = coercion ? coercion.key : w.compact(predicate.value);
    const values = objects.map((o) => jsonLdValue(o, coercion?.type, w));
    node[key] = values.length === 1 ? values[0] : values;
  }
  return node;
}

function iriOf(term: Term, w: Writer): string {
  if (term.termType === 'BlankNode' && w.keepBlankNodes) return `_:${term.value}`;
  if (term.termType !== 'NamedNode') {
    throw new Error(`cannot write the blank node _:${term.value} in JSON-LD: mint an IRI for it`);
  }
  return w.compact(term.value);
}

function jsonLdValue(o: Term, coercion: string | undefined, w: Writer): JsonValue {
  if (o.termType !== 'Literal') {
    const id = iriOf(o, w);
    return coercion === '@id' ? id : { '@id': id };
  }
  if (o.language) return { '@value': o.value, '@language': o.language };
  const datatype = o.datatype.value;
  if (coercion !== undefined) return datatype === coercion ? o.value : valueObject(o, w);
  if (datatype === XSD_STRING) return o.value;
  if (datatype === XSD_INTEGER && CANONICAL_INTEGER.test(o.value)) return Number(o.value);
  if (datatype === XSD_BOOLEAN && (o.value === 'true' || o.value === 'false')) return o.value === 'true';
  return valueObject(o, w);
}

// The full form, right whatever the term definition says (a value object ignores coercion).
function valueObject(o: Literal, w: Writer): { [key: string]: string } {
  const datatype = o.datatype.value;
  return datatype === XSD_STRING ? { '@value': o.value } : { '@value': o.value, '@type': w.compact(datatype) };
}
