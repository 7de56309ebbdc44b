// Logical constraint components (SHACL §4.6): sh:not, sh:and, sh:or, sh:xone, each tested per value node.
import type { Family } from './model.ts';
import { perValue } from './value-type.ts';

export const LOGICAL: Family = {
  not: (_c, shape) =>
    perValue(
      'NotConstraintComponent',
      'Value does have shape {$not}',
      { not: shape },
      (ctx, v) => !ctx.conforms(v, shape),
    ),
  and: (c, list) => {
    if (c.isProperty) c.unsupported('sh:and on a property shape');
    const shapes = c.list(list);
    return perValue('AndConstraintComponent', undefined, { and: list }, (ctx, v) =>
      shapes.every((s) => ctx.conforms(v, s)),
    );
  },
  or: (c, list) => {
    const shapes = c.list(list);
    return perValue('OrConstraintComponent', undefined, { or: list }, (ctx, v) =>
      shapes.some((s) => ctx.conforms(v, s)),
    );
  },
  xone: (c, list) => {
    const shapes = c.list(list);
    return perValue(
      'XoneConstraintComponent',
      undefined,
      { xone: list },
      (ctx, v) => shapes.filter((s) => ctx.conforms(v, s)).length === 1,
    );
  },
};
