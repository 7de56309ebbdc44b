// Abbreviates IRIs to Turtle prefixed names where the local part is a valid PN_LOCAL, else writes <IRI>.
import { iriRef } from './escape.ts';
import { createNamespaceIndex } from './namespace-index.ts';

// Character classes of the Turtle 1.1 grammar (https://www.w3.org/TR/turtle/#grammar-production-PN_LOCAL).
const PN_CHARS_BASE =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const PN_CHARS_U = `${PN_CHARS_BASE}_`;
const PN_CHARS = `${PN_CHARS_U}\\-0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;

// PN_LOCAL without PLX: a local part that would need `%` or `\` escapes is written as a full IRI instead.
const PN_LOCAL = new RegExp(`^(?:[${PN_CHARS_U}:0-9](?:[${PN_CHARS}.:]*[${PN_CHARS}:])?)?$`, 'u');
const PN_PREFIX = new RegExp(`^(?:[${PN_CHARS_BASE}](?:[${PN_CHARS}.]*[${PN_CHARS}])?)?$`, 'u');
const BLANK_NODE_LABEL = new RegExp(`^[${PN_CHARS_U}0-9](?:[${PN_CHARS}.]*[${PN_CHARS}])?$`, 'u');

/** Whether `local` can follow `prefix:` unescaped in Turtle. */
export function isPnLocal(local: string): boolean {
  return PN_LOCAL.test(local);
}

/** `_:label`, refusing a label Turtle and N-Triples cannot carry (rather than silently renaming it). */
export function blankNodeLabel(label: string): string {
  if (!BLANK_NODE_LABEL.test(label)) throw new Error(`cannot serialize the blank node label "${label}"`);
  return `_:${label}`;
}

/**
 * Returns a function writing an IRI as `prefix:local` (the longest namespace whose remainder is a valid
 * PN_LOCAL) or as `<IRI>`. Results are memoized: IRIs repeat (predicates, classes, concepts).
 * @example createTurtleNamer({ actor: 'https://w3id.org/conflict-kg/id/q/actor/' })('https://w3id.org/conflict-kg/id/q/actor/hezbollah') //=> 'actor:hezbollah'
 */
export function createTurtleNamer(prefixes: Readonly<Record<string, string>>): (iri: string) => string {
  for (const name of Object.keys(prefixes)) {
    if (!PN_PREFIX.test(name)) throw new Error(`"${name}" is not a valid Turtle prefix name`);
  }
  const find = createNamespaceIndex(prefixes, isPnLocal);
  const memo = new Map<string, string>();
  return (iri) => {
    let name = memo.get(iri);
    if (name === undefined) {
      const match = find(iri);
      name = match ? `${match.prefix}:${match.local}` : iriRef(iri);
      memo.set(iri, name);
    }
    return name;
  };
}

/** The `@prefix` lines, in the order of the prefixes object. */
export function prefixLines(prefixes: Readonly<Record<string, string>>): string {
  return Object.entries(prefixes)
    .map(([name, ns]) => `@prefix ${name}: ${iriRef(ns)} .\n`)
    .join('');
}
