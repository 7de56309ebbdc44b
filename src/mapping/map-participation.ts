// Maps sides and participations: who fought on which side, in which role, commanding whom.
import type { ParticipationFact, SideFact } from '../source/index.ts';
import { ckg, crm, sem } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { bool, en, integer, ko } from './emitter.ts';
import { participationLabel } from './resource-labels.ts';

/** Produces ckg:Side (a crm:E74_Group) of an event; checked by the side shape. */
export function mapSide(scope: MapScope, s: SideFact): void {
  const node = scope.mint('side', s.id);
  const event = scope.iri(s.event);
  describe(scope, node, s);
  scope.out.types(node, [ckg.Side, crm.E74_Group]);
  scope.out.labels(node, s.label);
  scope.out.add(node, ckg.sideOf, event);
  scope.out.add(event, ckg.hasSide, node);
  scope.out.add(node, ckg.ordinal, integer(s.ordinal));
}

/** Produces ckg:Participation (a sem:Role) and the shortcut `event sem:hasActor actor`. */
export function mapParticipation(scope: MapScope, p: ParticipationFact): void {
  const node = scope.mint('participation', p.id);
  const event = scope.iri(p.event);
  const actor = scope.iri(p.actor);
  const { out } = scope;
  describe(scope, node, p);
  out.types(node, [ckg.Participation, sem.Role]);
  out.labels(node, participationLabel(p, scope.labelOf));
  out.add(node, ckg.participationIn, event);
  out.add(event, ckg.hasParticipation, node);
  out.add(node, ckg.actor, actor);
  out.addOnce(event, sem.hasActor, actor);
  out.addOnce(event, crm.P11_had_participant, actor);
  addConcept(scope, node, sem.roleType, 'role', p.role);
  if (p.side) out.add(node, ckg.side, scope.iri(p.side));
  if (p.commands) out.add(node, ckg.commands, scope.iri(p.commands));
  if (p.position?.ko) out.add(node, ckg.positionHeld, ko(p.position.ko));
  if (p.position?.en) out.add(node, ckg.positionHeld, en(p.position.en));
  addConcept(scope, node, ckg.participantOutcome, 'participant-outcome', p.outcome);
  out.add(node, ckg.assignmentCertain, bool(p.assignment !== 'uncertain'));
}
