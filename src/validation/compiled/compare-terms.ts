// Orders two literals as rdf-validate-shacl does (value ranges, sh:lessThan): by their typed values, or not at all.
import type { Literal, Term } from '@rdfjs/types';
import { fromRdf } from 'rdf-literal';
import { NS } from '../../vocab.ts';

const TIMEZONE = /^.*(((\+|-)\d{2}:\d{2})|Z)$/;

/** Negative, zero or positive as `a` comes before, with or after `b`; null when they cannot be compared. */
export function compareTerms(a: Term, b: Term): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  if (hasTimezone(a) !== hasTimezone(b)) return null;
  const [x, y] = [fromRdf(a), fromRdf(b)] as unknown[];
  if (typeof x !== typeof y) return null;
  if (typeof x === 'string') return x.localeCompare(y as string);
  return (x as number) - (y as number);
}

function hasTimezone(t: Literal): boolean {
  return t.datatype.value === `${NS.xsd}dateTime` && TIMEZONE.test(t.value);
}
