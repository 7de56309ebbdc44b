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
  // Every distinct term is written once (IRIs are found by value, other terms by their text); lines are then
  // ordered by the ranks of their terms (see sortedLines).
  const iris = new Map<string, number>();
  const others = new Map<string, number>();
  const texts: string[] = [];
  let surrogates = false;
  const id = (t: Term): number => {
    if (t.termType === 'NamedNode') {
      let n = iris.get(t.value);
      if (n === undefined) {
        n = texts.push(iriRef(t.value)) - 1;
        iris.set(t.value, n);
        surrogates ||= SURROGATE.test(t.value);
      }
      return n;
    }
    if (t.termType === 'Literal') surrogates ||= SURROGATE.test(t.value);
    const text = ntriplesTerm(t);
    let n = others.get(text);
    if (n === undefined) {
      n = texts.push(text) - 1;
      others.set(text, n);
    }
    return n;
  };
  const triples = new Uint32Array(quads.length * 3);
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i];
    checkDefaultGraph(q);
    triples[3 * i] = id(q.subject);
    triples[3 * i + 1] = id(q.predicate);
    triples[3 * i + 2] = id(q.object);
  }
  const lines = sortedLines(texts, triples, surrogates ? compareCodePoints : undefined);
  if (lines.length === 0) return '';
  // The final newline joined in, not appended: appending makes a string that must be copied whole once more.
  lines.push('');
  return lines.join('\n');
}

const RANK_BITS = 17;

/**
 * The distinct lines `s p o .`, in code-point order. Sorting the distinct term texts and then the triples by the
 * ranks of their terms gives the order of the whole lines: no term's text followed by a space sorts differently from
 * the text alone, because an IRI ends with `>`, a literal with `"`, a language tag or `>`, and a blank node label
 * with a character above the space. Ranks of up to 17 bits pack into one exact float key; beyond, lines are sorted.
 */
function sortedLines(texts: string[], triples: Uint32Array, compare?: (a: string, b: string) => number): string[] {
  const n = triples.length / 3;
  if (texts.length >= 2 ** RANK_BITS) {
    const lines = Array.from(
      { length: n },
      (_, i) => `${texts[triples[3 * i]]} ${texts[triples[3 * i + 1]]} ${texts[triples[3 * i + 2]]} .`,
    );
    return unique(compare ? lines.sort(compare) : lines.sort());
  }
  const sorted = compare ? [...texts].sort(compare) : [...texts].sort();
  const rankOf = new Map<string, number>();
  for (let r = 0; r < sorted.length; r++) rankOf.set(sorted[r], r);
  const rank = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) rank[i] = rankOf.get(texts[i])!;
  const keys = new Float64Array(n);
  const scale = 2 ** RANK_BITS;
  for (let i = 0; i < n; i++)
    keys[i] = (rank[triples[3 * i]] * scale + rank[triples[3 * i + 1]]) * scale + rank[triples[3 * i + 2]];
  keys.sort();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const k = keys[i];
    const o = k % scale;
    const sp = (k - o) / scale;
    const p = sp % scale;
    const s = (sp - p) / scale;
    lines.push(`${sorted[s]} ${sorted[p]} ${sorted[o]} .`);
  }
  return lines;
}

function unique(lines: string[]): string[] {
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
}
