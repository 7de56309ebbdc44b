// Shape-based constraint components (SHACL §4.7): sh:node and sh:qualifiedValueShape with its counts (sh:property is the engine's).
import type { Term } from '@rdfjs/types';
import type { Check, CompileContext, Family } from './model.ts';
import { perValue } from './value-type.ts';

function qualified(c: CompileContext, count: Term, kind: 'Min' | 'Max'): Check[] {
  if (!c.isProperty) c.unsupported(`sh:qualified${kind}Count on a node shape`);
  const disjoint = c.param('qualifiedValueShapesDisjoint');
  return c.params('qualifiedValueShape').map((shape) => {
    const siblings = disjoint?.value === 'true' ? c.siblingQualifiedShapes(shape) : [];
    const limit = Number(count.value);
    return {
      component: `Qualified${kind}CountConstraintComponent`,
      template:
        kind === 'Min'
          ? 'Less than {$qualifiedMinCount} values have shape {$qualifiedValueShape}'
          : 'More than {$qualifiedMaxCount} values have shape {$qualifiedValueShape}',
      params: { qualifiedValueShape: shape, [`qualified${kind}Count`]: count, qualifiedValueShapesDisjoint: disjoint },
      run(ctx, _focus, values) {
        const n = values.filter((v) => ctx.conforms(v, shape) && !siblings.some((s) => ctx.conforms(v, s))).length;
        const ok = count.termType === 'Literal' && (kind === 'Min' ? n >= limit : n <= limit);
        return ok ? [] : [{}];
      },
    };
  });
}

/** sh:qualifiedMinCount/MaxCount compile to one check per sh:qualifiedValueShape, hence the list-valued entries. */
export const QUALIFIED = {
  qualifiedMinCount: (c: CompileContext, n: Term) => qualified(c, n, 'Min'),
  qualifiedMaxCount: (c: CompileContext, n: Term) => qualified(c, n, 'Max'),
};

export const SHAPE_BASED: Family = {
  node: (_c, shape) =>
    perValue('NodeConstraintComponent', 'Value does not have shape {$node}', { node: shape }, (ctx, v) =>
      ctx.conforms(v, shape),
    ),
};
