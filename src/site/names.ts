// How the site names things: a resource's Korean and English labels, and the short names of IRIs.
import { NS } from '../vocab.ts';

/** The Korean and English labels of a resource (either may be missing). */
export interface Labels {
  ko?: string;
  en?: string;
}

/** The local name of an IRI: after the last `#` or `/`. */
export function localName(iri: string): string {
  const m = /[^#/]*$/.exec(iri);
  return m?.[0] ? m[0] : iri;
}

/** `prefix:local` for an IRI in a known namespace, else the IRI. */
export function prefixedName(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}
