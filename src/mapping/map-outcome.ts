// Maps outcomes (who, what, where to) and claims (a statement held by an authority, never asserted).
import type { ClaimFact, OutcomeFact } from '../source/index.ts';
import { ckg, rdf, rdfs, sem } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { en, integer, ko } from './emitter.ts';

/** Produces ckg:Outcome, linked from its event by ckg:hasOutcome. */
export function mapOutcome(scope: MapScope, o: OutcomeFact): void {
  const node = scope.mint('outcome', o.id);
  const { out } = scope;
  describe(scope, node, o);
  out.types(node, [ckg.Outcome]);
  out.labels(node, o.label, o.altLabels);
  out.add(scope.iri(o.event), ckg.hasOutcome, node);
  addConcept(scope, node, ckg.outcomeType, 'outcome-type', o.type);
  if (o.ordinal !== undefined) out.add(node, ckg.ordinal, integer(o.ordinal));
  for (const id of o.affects ?? []) out.add(node, ckg.affects, scope.iri(id));
  for (const id of o.beneficiary ?? []) out.add(node, ckg.beneficiary, scope.iri(id));
  if (o.from) out.add(node, ckg.origin, scope.iri(o.from));
  if (o.to) out.add(node, ckg.destination, scope.iri(o.to));
  if (o.place) out.add(node, ckg.outcomePlace, scope.iri(o.place));
}

const RELATION = {
  'coordinated-with': ckg.coordinatedWith,
  captured: ckg.captured,
  'advanced-into': ckg.advancedInto,
  supported: ckg.supported,
} as const;

/** Produces ckg:Claim, an rdf:Statement with a stance and an authority; the claimed triple itself is not emitted. */
export function mapClaim(scope: MapScope, c: ClaimFact): void {
  const node = scope.mint('claim', c.id);
  const { out } = scope;
  describe(scope, node, c);
  out.types(node, [ckg.Claim, rdf.Statement, sem.View]);
  out.add(node, rdf.subject, scope.iri(c.subject));
  out.add(node, rdf.predicate, RELATION[c.relation]);
  out.add(node, rdf.object, scope.iri(c.object));
  addConcept(scope, node, ckg.stance, 'stance', c.stance);
  out.add(node, sem.accordingTo, scope.iri(c.accordingTo));
  for (const [text, lang] of [
    [c.statement.ko, ko],
    [c.statement.en, en],
  ] as const) {
    out.add(node, ckg.statement, lang(text));
    out.add(node, rdfs.label, lang(text));
  }
  if (c.event) out.add(node, ckg.claimAbout, scope.iri(c.event));
}
