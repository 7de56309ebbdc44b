// Value range constraint components (SHACL §4.3): sh:minExclusive, sh:minInclusive, sh:maxExclusive, sh:maxInclusive.
import type { Term } from '@rdfjs/types';
import type { Family } from './model.ts';
import { perValue } from './value-type.ts';
import { compareTerms } from './compare-terms.ts';

function range(name: string, component: string, template: string, holds: (c: number) => boolean) {
  return (_c: unknown, bound: Term) =>
    perValue(component, template, { [name]: bound }, (_ctx, v) => {
      const c = compareTerms(v, bound);
      return c !== null && !Number.isNaN(c) && holds(c);
    });
}

export const VALUE_RANGE: Family = {
  minExclusive: range(
    'minExclusive',
    'MinExclusiveConstraintComponent',
    'Value is not greater than {$minExclusive}',
    (c) => c > 0,
  ),
  minInclusive: range(
    'minInclusive',
    'MinInclusiveConstraintComponent',
    'Value is not greater than or equal to {$minInclusive}',
    (c) => c >= 0,
  ),
  maxExclusive: range(
    'maxExclusive',
    'MaxExclusiveConstraintComponent',
    'Value is not less than {$maxExclusive}',
    (c) => c < 0,
  ),
  maxInclusive: range(
    'maxInclusive',
    'MaxInclusiveConstraintComponent',
    'Value is not less than or equal to {$maxInclusive}',
    (c) => c <= 0,
  ),
};
