// Maps outcomes (who, what, where to) and claims (a statement held by an authority, never asserted).
import type { ClaimFact, OutcomeFact } from '../source/index.ts';
import { ckg, rdf, sem } from '../vocab.ts';
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
  'party-to': ckg.partyTo,
} as const;

type Stance = 'affirmed' | 'denied' | 'disputed' | 'reported' | 'intends' | 'intends-not';

/** How a claim's label says its stance, after the claimed statement, when the YAML gives no label. */
const STANCE_WORDS: Record<Stance, { ko: string; en: string }> = {
  affirmed: { ko: '확인됨', en: 'affirmed' },
  denied: { ko: '부인됨', en: 'denied' },
  disputed: { ko: '논란 중', en: 'disputed' },
  reported: { ko: '보고됨', en: 'reported' },
  intends: { ko: '하겠다고 선언됨', en: 'declared as an intention' },
  'intends-not': { ko: '하지 않겠다고 선언됨', en: 'declared as an intention not to' },
};

/**
 * Produces ckg:Claim, an rdf:Statement with a stance and an authority; the claimed triple itself is not emitted. */
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
  out.add(node, ckg.statement, ko(c.statement.ko));
  out.add(node, ckg.statement, en(c.statement.en));
  const label = c.label ?? {
    ko: `${c.statement.ko} — ${STANCE_WORDS[c.stance as Stance].ko}`,
    en: `${c.statement.en} — ${STANCE_WORDS[c.stance as Stance].en}`,
  };
  out.labels(node, label);
  if (c.event) out.add(node, ckg.claimAbout, scope.iri(c.event));
}
