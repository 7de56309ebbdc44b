// Property pair constraint components (SHACL §4.5): sh:equals, sh:disjoint, sh:lessThan, sh:lessThanOrEquals.
import type { Term } from '@rdfjs/types';
import type { Check, Family, Violation } from './model.ts';
import { perValue } from './value-type.ts';
import { compareTerms } from './compare-terms.ts';

/** `fails` mirrors rdf-validate-shacl exactly (a NaN comparison passes). */
function ordered(name: 'lessThan' | 'lessThanOrEquals', template: string, fails: (c: number) => boolean) {
  return (c: Parameters<Family[string]>[0], other: Term): Check => {
    if (!c.isProperty) c.unsupported(`sh:${name} on a node shape`);
    return {
      component: `${name[0].toUpperCase()}${name.slice(1)}ConstraintComponent`,
      template,
      params: { [name]: other },
      run(ctx, focus, values) {
        const refs = ctx.data.objects(focus, other.value);
        const out: Violation[] = [];
        for (const value of values) {
          for (const ref of refs) {
            const cmp = compareTerms(value, ref);
            if (cmp === null || fails(cmp)) out.push({ value });
          }
        }
        return out;
      },
    };
  };
}

export const PROPERTY_PAIR: Family = {
  lessThan: ordered('lessThan', 'Value is not less than value of {$lessThan}', (c) => c >= 0),
  lessThanOrEquals: ordered(
    'lessThanOrEquals',
    'Value is not less than or equal to value of {$lessThanOrEquals}',
    (c) => c > 0,
  ),
  disjoint: (_c, other) =>
    perValue(
      'DisjointConstraintComponent',
      'Value node must not also be one of the values of {$disjoint}',
      { disjoint: other },
      (ctx, v, focus) => !ctx.data.has(focus, other.value, v),
    ),
  equals: (c, other) => ({
    component: 'EqualsConstraintComponent',
    template: 'Must have same values as {$equals}',
    params: { equals: other },
    run(ctx, focus, values) {
      const refs = ctx.data.objects(focus, other.value);
      if (!c.isProperty) {
        const bad = refs.filter((r) => !r.equals(focus)).map((value) => ({ value }));
        return refs.length === 0 ? [{ value: focus }] : bad;
      }
      const missing = values.filter((v) => !refs.some((r) => r.equals(v)));
      const extra = refs.filter((r) => !values.some((v) => v.equals(r)));
      return [...missing, ...extra].map((value) => ({ value }));
    },
  }),
};
