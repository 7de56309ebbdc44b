// How the site names things: a resource's Korean and English labels, and an IRI in its short form for display.
import { prefixedName } from '../terms.ts';
import { NS } from '../vocab.ts';

/** The Korean and English labels of a resource (either may be missing). */
export interface Labels {
  ko?: string;
  en?: string;
}

/**
 * `prefix:local` for an IRI in one of the project's namespaces (vocab.ts), else the IRI as it is: what a page
 * shows for a predicate or an external class.
 * @example compactIri('http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace') //=> 'sem:hasPlace'
 */
export function compactIri(iri: string): string {
  return prefixedName(iri, NS) ?? iri;
}
