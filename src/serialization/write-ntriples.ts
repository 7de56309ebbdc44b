// Writes quads as canonical N-Triples: one triple per line, lines sorted by code point, no duplicates.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { withCodePointOrder } from './code-point-order.ts';
import { iriRef, quoted } from './escape.ts';
import { checkDefaultGraph } from './group-by-subject.ts';
import { blankNodeLabel } from './turtle-names.ts';

const XSD_STRING = `${NS.xsd}string`;
const RDF_LANG_STRING = `${NS.rdf}langString`;

/**
 * One term in N-Triples syntax: `<iri>`, `_:label`, `"text"`, `"text"@ko` or `"lexical"^^<datatype>`.
 * @example ntriplesTerm(literal('2017-07', xsd.gYearMonth)) //=> '"2017-07"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
 */
export function ntriplesTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return iriRef(term.value);
    case 'BlankNode':
      return blankNodeLabel(term.value);
    case 'Literal': {
      const text = quoted(term.value);
      if (term.language) return `${text}@${term.language}`;
      const dt = term.datatype.value;
      return dt === XSD_STRING || dt === RDF_LANG_STRING ? text : `${text}^^${iriRef(dt)}`;
    }
    default:
      throw new Error(`cannot serialize a ${term.termType} term ("${term.value}")`);
  }
}

/**
 * Canonical N-Triples of the quads' triples: UTF-8, sorted lines (`LC_ALL=C sort -u` order), a trailing
 * newline ('' for no quads). Quads in a named graph are refused (N-Triples has no graphs).
 * @example writeNTriples([quad(actor('hezbollah'), rdf.type, ckg.Actor)])
 * //=> '<https://…/actor/hezbollah> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://…#Actor> .\n'
 */
export function writeNTriples(quads: readonly Quad[]): string {
  const lines = new Array<string>(quads.length);
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i];
    checkDefaultGraph(q);
    lines[i] = `${ntriplesTerm(q.subject)} ${ntriplesTerm(q.predicate)} ${ntriplesTerm(q.object)} .`;
  }
  return withCodePointOrder((compare) => {
    const sorted = lines.slice().sort(compare);
    let out = '';
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out += `${sorted[i]}\n`;
    return out;
  });
}
