// Abbreviates IRIs to Turtle prefixed names where the local part is a valid PN_LOCAL, else writes <IRI>.
import { isPnLocal, PN_CHARS, PN_CHARS_U, PN_PREFIX } from '../terms.ts';
import { iriRef } from './escape.ts';
import { createNamespaceIndex } from './namespace-index.ts';

const BLANK_NODE_LABEL = new RegExp(`^[${PN_CHARS_U}0-9](?:[${PN_CHARS}.]*[${PN_CHARS}])?$`, 'u');

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
