// Orders strings and RDF terms by Unicode code point (the order of their UTF-8 bytes, as `LC_ALL=C sort`).
import type { Term } from '@rdfjs/types';

/** A string comparator. */
export type Compare = (a: string, b: string) => number;

/**
 * Compares by UTF-16 code unit, V8's native string order. It equals code-point order unless the two
 * strings first differ at a surrogate against a unit in U+E000–U+FFFF, so it is only used on data without
 * surrogates (see {@link withCodePointOrder}).
 */
export const compareUtf16: Compare = (a, b) => (a === b ? 0 : a < b ? -1 : 1);

/**
 * Compares by code point. Slower than {@link compareUtf16}: it walks to the first differing unit.
 * @example compareCodePoints('\uFFFD', '😀') //=> -1 (U+FFFD < U+1F600, although 0xFFFD > 0xD83D)
 */
export const compareCodePoints: Compare = (a, b) => {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  return codePointRank(a.charCodeAt(i)) - codePointRank(b.charCodeAt(i));
};

// Moves surrogates (D800–DFFF) above U+E000–U+FFFF, which is where the code points they encode belong.
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Runs `render` with the fast native comparator and checks its output once: if the output holds no
 * surrogate, no compared string held one either and the native order was code-point order. Otherwise
 * (astral characters such as emoji, rare) renders again with {@link compareCodePoints}.
 * Every string `render` sorts must appear in its output or in `alsoChecked` (the namespaces of IRIs
 * the output abbreviates).
 */
export function withCodePointOrder(render: (compare: Compare) => string, alsoChecked = ''): string {
  const out = render(compareUtf16);
  return SURROGATE.test(out) || SURROGATE.test(alsoChecked) ? render(compareCodePoints) : out;
}

const TERM_RANK: Record<string, number> = { NamedNode: 0, BlankNode: 1, Literal: 2 };

/**
 * Orders RDF terms: IRIs, then blank nodes, then literals; within a kind by value, then (literals) by
 * datatype IRI and language tag. Returns 0 only for equal terms.
 */
export function compareTerms(a: Term, b: Term, compare: Compare): number {
  const rank = termRank(a) - termRank(b);
  if (rank !== 0) return rank;
  const byValue = compare(a.value, b.value);
  if (byValue !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byValue;
  return compare(a.datatype.value, b.datatype.value) || compare(a.language, b.language);
}

function termRank(t: Term): number {
  const rank = TERM_RANK[t.termType];
  if (rank === undefined) throw new Error(`cannot serialize a ${t.termType} term ("${t.value}")`);
  return rank;
}
