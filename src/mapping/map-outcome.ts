// Maps outcomes (who, what, where to) and claims (a statement held by an authority, never asserted).
import type { ClaimFact, OutcomeFact } from '../source/index.ts';
import { ckg, rdf, rdfs, sem } from '../vocab.ts';
import { addConcept, describe, type MapContext } from './context.ts';
import { en, integer, ko } from './emitter.ts';

/** Produces ckg:Outcome, linked from its event by ckg:hasOutcome. */
export function mapOutcome(ctx: MapContext, o: OutcomeFact): void {
  const node = ctx.mint('outcome', o.id);
  const { out } = ctx;
  describe(ctx, node, o);
  out.types(node, [ckg.Outcome]);
  out.labels(node, o.label, o.altLabels);
  out.add(ctx.iri(o.event), ckg.hasOutcome, node);
  addConcept(ctx, node, ckg.outcomeType, 'outcome-type', o.type);
  if (o.ordinal !== undefined) out.add(node, ckg.ordinal, integer(o.ordinal));
  for (const id of o.affects ?? []) out.add(node, ckg.affects, ctx.iri(id));
  for (const id of o.beneficiary ?? []) out.add(node, ckg.beneficiary, ctx.iri(id));
  if (o.from) out.add(node, ckg.origin, ctx.iri(o.from));
  if (o.to) out.add(node, ckg.destination, ctx.iri(o.to));
  if (o.place) out.add(node, ckg.outcomePlace, ctx.iri(o.place));
}

const RELATION = {
  'coordinated-with': ckg.coordinatedWith,
  captured: ckg.captured,
  'advanced-into': ckg.advancedInto,
  supported: ckg.supported,
} as const;

/** Produces ckg:Claim, an rdf:Statement with a stance and an authority; the claimed triple itself is not emitted. */
export function mapClaim(ctx: MapContext, c: ClaimFact): void {
  const node = ctx.mint('claim', c.id);
  const { out } = ctx;
  describe(ctx, node, c);
  out.types(node, [ckg.Claim, rdf.Statement, sem.View]);
  out.add(node, rdf.subject, ctx.iri(c.subject));
  out.add(node, rdf.predicate, RELATION[c.relation]);
  out.add(node, rdf.object, ctx.iri(c.object));
  addConcept(ctx, node, ckg.stance, 'stance', c.stance);
  out.add(node, sem.accordingTo, ctx.iri(c.accordingTo));
  for (const [text, lang] of [
    [c.statement.ko, ko],
    [c.statement.en, en],
  ] as const) {
    out.add(node, ckg.statement, lang(text));
    out.add(node, rdfs.label, lang(text));
  }
  if (c.event) out.add(node, ckg.claimAbout, ctx.iri(c.event));
}
