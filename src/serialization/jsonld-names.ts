// Compacts IRIs for JSON-LD with a context's prefixes, and refuses IRIs a JSON-LD reader would misread.

import { hasScheme } from '../terms.ts';
import { createNamespaceIndex } from './namespace-index.ts';

// JSON-LD 1.1 makes a simple term a prefix only if its IRI ends with one of these (URI gen-delims).
const GEN_DELIM = /[:/?#[\]@]$/;

/** Whether JSON-LD 1.1 treats a plain string term definition with this IRI as a prefix. */
export function isPrefixIri(ns: string): boolean {
  return GEN_DELIM.test(ns);
}

/**
 * Returns a function writing an IRI as a compact IRI `prefix:suffix` (longest namespace; a suffix starting
 * with `//` would read as an absolute IRI, so it is not used) or in full. A full IRI whose scheme is a
 * prefix name (`geo:1,2` with a `geo` prefix) would expand wrongly, so it is refused with an Error, as is
 * a relative IRI. Memoized.
 * @example createJsonLdNamer({ actor: 'https://w3id.org/conflict-kg/id/q/actor/' })('https://w3id.org/conflict-kg/id/q/actor/hezbollah') //=> 'actor:hezbollah'
 */
export function createJsonLdNamer(prefixes: Readonly<Record<string, string>>): (iri: string) => string {
  // A suffix starting with `//` would make `prefix://…` read as an absolute IRI.
  const find = createNamespaceIndex(prefixes, (local) => !local.startsWith('//'));
  const memo = new Map<string, string>();
  return (iri) => {
    let name = memo.get(iri);
    if (name === undefined) {
      const match = find(iri);
      name = match ? `${match.prefix}:${match.local}` : checkFullIri(iri, prefixes);
      memo.set(iri, name);
    }
    return name;
  };
}

function checkFullIri(iri: string, prefixes: Readonly<Record<string, string>>): string {
  if (!hasScheme(iri)) throw new Error(`cannot write the relative IRI <${iri}> in JSON-LD`);
  const scheme = iri.slice(0, iri.indexOf(':'));
  if (Object.hasOwn(prefixes, scheme) && !iri.startsWith('//', scheme.length + 1)) {
    throw new Error(`cannot write <${iri}> in JSON-LD: it would read as a compact IRI with the prefix "${scheme}"`);
  }
  return iri;
}

/**
 * Expands a compact IRI with the prefixes (the inverse of the namer); absolute IRIs pass through.
 * @example expandIri('xsd:date', { xsd: 'http://www.w3.org/2001/XMLSchema#' }) //=> 'http://www.w3.org/2001/XMLSchema#date'
 */
export function expandIri(name: string, prefixes: Readonly<Record<string, string>>): string {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon);
  if (colon > 0 && Object.hasOwn(prefixes, prefix) && !name.startsWith('//', colon + 1)) {
    return prefixes[prefix] + name.slice(colon + 1);
  }
  return name;
}
