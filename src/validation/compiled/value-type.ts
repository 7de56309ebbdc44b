// Value type constraint components (SHACL §4.1): sh:class, sh:datatype, sh:nodeKind.
import type { Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import type { Check, Family, RunContext, Violation } from './model.ts';
import { isWellFormed } from './literal-validity.ts';

const KINDS: Record<string, readonly string[]> = {
  BlankNode: ['BlankNode', 'BlankNodeOrIRI', 'BlankNodeOrLiteral'],
  NamedNode: ['IRI', 'BlankNodeOrIRI', 'IRIOrLiteral'],
  Literal: ['Literal', 'BlankNodeOrLiteral', 'IRIOrLiteral'],
};

/** The result of a check that found nothing (shared, never changed). */
export const NONE: Violation[] = Object.freeze([]) as unknown as Violation[];

/** A check that tests every value node on its own (the engine reports each failing value). */
export function perValue(
  component: string,
  template: string | undefined,
  params: Record<string, Term | undefined>,
  ok: (ctx: RunContext, value: Term, focus: Term) => boolean,
): Check {
  return {
    component,
    template,
    params,
    run(ctx, focus, values) {
      let out: Violation[] | undefined;
      for (const value of values) {
        if (ok(ctx, value, focus)) continue;
        out ??= [];
        out.push({ value });
      }
      return out ?? NONE;
    },
  };
}

export const VALUE_TYPE: Family = {
  class: (_c, cls) =>
    perValue('ClassConstraintComponent', undefined, { class: cls }, (ctx, v) => ctx.data.isInstanceOf(v, cls)),
  datatype: (_c, dt) =>
    perValue(
      'DatatypeConstraintComponent',
      'Value does not have datatype {$datatype}',
      { datatype: dt },
      (ctx, v) => v.termType === 'Literal' && v.datatype.value === dt.value && isWellFormed(v, ctx.strictDates),
    ),
  nodeKind: (c, kind) => {
    const local = kind.value.slice(NS.sh.length);
    if (!kind.value.startsWith(NS.sh) || !KINDS.NamedNode.concat(KINDS.BlankNode, KINDS.Literal).includes(local))
      c.unsupported(`sh:nodeKind ${kind.value}`);
    const allowed = new Set(Object.keys(KINDS).filter((termType) => KINDS[termType].includes(local)));
    return perValue(
      'NodeKindConstraintComponent',
      'Value does not have node kind {$nodeKind}',
      { nodeKind: kind },
      (_ctx, v) => allowed.has(v.termType),
    );
  },
};
