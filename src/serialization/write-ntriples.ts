// Writes quads as canonical N-Triples: one triple per line, lines sorted by code point, no duplicates.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { compareCodePoints } from './code-point-order.ts';
import { iriRef, quoted } from './escape.ts';
import { checkDefaultGraph } from './group-by-subject.ts';
import { blankNodeLabel } from './turtle-names.ts';

const XSD_STRING = `${NS.xsd}string`;
const RDF_LANG_STRING = `${NS.rdf}langString`;
const SURROGATE = /[\uD800-\uDFFF]/;

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
  // IRIs repeat (predicates, subjects across their triples): each is checked and bracketed once per call.
  const iris = new Map<string, string>();
  let surrogates = false;
  const term = (t: Term): string => {
    if (t.termType === 'NamedNode') {
      let text = iris.get(t.value);
      if (text === undefined) {
        text = iriRef(t.value);
        iris.set(t.value, text);
        surrogates ||= SURROGATE.test(t.value);
      }
      return text;
    }
    if (t.termType === 'Literal') surrogates ||= SURROGATE.test(t.value);
    return ntriplesTerm(t);
  };
  const lines = new Array<string>(quads.length);
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i];
    checkDefaultGraph(q);
    lines[i] = `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`;
  }
  // Native sort (UTF-16 order, no comparator callback) is code-point order when no term holds a surrogate.
  if (surrogates) lines.sort(compareCodePoints);
  else lines.sort();
  let unique = 0;
  for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[unique - 1]) lines[unique++] = lines[i];
  lines.length = unique;
  return unique === 0 ? '' : `${lines.join('\n')}\n`;
}
