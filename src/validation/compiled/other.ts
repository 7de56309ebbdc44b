// Other constraint components (SHACL §4.8): sh:closed with sh:ignoredProperties, sh:hasValue, sh:in.
import { DataFactory } from 'n3';
import type { Family, Violation } from './model.ts';
import { perValue } from './value-type.ts';
import { termKey } from './data-index.ts';

export const OTHER: Family = {
  in: (c, list) => {
    const allowed = new Set(c.list(list).map(termKey));
    return perValue('InConstraintComponent', 'Value is not one of the allowed values: {$in}', { in: list }, (_ctx, v) =>
      allowed.has(termKey(v)),
    );
  },
  hasValue: (c, expected) => ({
    component: 'HasValueConstraintComponent',
    params: { hasValue: expected },
    template: c.isProperty ? 'Missing expected value {$hasValue}' : 'Value must be {$hasValue}',
    run: (_ctx, focus, values) =>
      (c.isProperty ? values.some((v) => v.equals(expected)) : focus.equals(expected)) ? [] : [{}],
  }),
  closed: (c, flag) => {
    if (flag.value !== 'true') return undefined;
    const ignored = c.param('ignoredProperties');
    // By term: a literal in sh:ignoredProperties that spells a predicate IRI allows nothing.
    const allowed = new Set([...c.propertyPaths(), ...(ignored ? c.list(ignored) : [])].map(termKey));
    return {
      component: 'ClosedConstraintComponent',
      template: 'Predicate is not allowed (closed shape)',
      params: { closed: flag, ignoredProperties: ignored },
      run(ctx, _focus, values) {
        const out: Violation[] = [];
        for (const node of values) {
          for (const [p, objects] of ctx.data.outgoing(node)) {
            if (allowed.has(p)) continue;
            for (const value of objects) out.push({ path: DataFactory.namedNode(p), value });
          }
        }
        return out;
      },
    };
  },
};
