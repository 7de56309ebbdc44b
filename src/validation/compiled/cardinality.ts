// Cardinality constraint components (SHACL §4.2): sh:minCount, sh:maxCount (property shapes only).
import type { Family } from './model.ts';

export const CARDINALITY: Family = {
  minCount: (c, n) => {
    if (!c.isProperty) c.unsupported('sh:minCount on a node shape');
    const min = Number(n.value);
    return {
      component: 'MinCountConstraintComponent',
      template: 'Less than {$minCount} values',
      params: { minCount: n },
      run: (_ctx, _f, values) => (values.length >= min ? [] : [{}]),
    };
  },
  maxCount: (c, n) => {
    if (!c.isProperty) c.unsupported('sh:maxCount on a node shape');
    const max = Number(n.value);
    return {
      component: 'MaxCountConstraintComponent',
      template: 'More than {$maxCount} values',
      params: { maxCount: n },
      run: (_ctx, _f, values) => (values.length <= max ? [] : [{}]),
    };
  },
};
