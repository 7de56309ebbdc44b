// Maps sides and participations: who fought on which side, in which role, commanding whom.
import type { ParticipationFact, SideFact } from '../source/index.ts';
import { ckg, crm, sem } from '../vocab.ts';
import { addConcept, describe, type MapContext } from './context.ts';
import { bool, en, integer, ko } from './emitter.ts';

/** Produces ckg:Side (a crm:E74_Group) of an event; checked by the side shape. */
export function mapSide(ctx: MapContext, s: SideFact): void {
  const node = ctx.mint('side', s.id);
  const event = ctx.iri(s.event);
  describe(ctx, node, s);
  ctx.out.types(node, [ckg.Side, crm.E74_Group]);
  ctx.out.labels(node, s.label);
  ctx.out.add(node, ckg.sideOf, event);
  ctx.out.add(event, ckg.hasSide, node);
  ctx.out.add(node, ckg.ordinal, integer(s.ordinal));
}

/** Produces ckg:Participation (a sem:Role) and the shortcut `event sem:hasActor actor`. */
export function mapParticipation(ctx: MapContext, p: ParticipationFact): void {
  const node = ctx.mint('participation', p.id);
  const event = ctx.iri(p.event);
  const actor = ctx.iri(p.actor);
  const { out } = ctx;
  describe(ctx, node, p);
  out.types(node, [ckg.Participation, sem.Role]);
  out.add(node, ckg.participationIn, event);
  out.add(event, ckg.hasParticipation, node);
  out.add(node, ckg.actor, actor);
  out.addOnce(event, sem.hasActor, actor);
  out.addOnce(event, crm.P11_had_participant, actor);
  addConcept(ctx, node, sem.roleType, 'role', p.role);
  if (p.side) out.add(node, ckg.side, ctx.iri(p.side));
  if (p.commands) out.add(node, ckg.commands, ctx.iri(p.commands));
  if (p.position?.ko) out.add(node, ckg.positionHeld, ko(p.position.ko));
  if (p.position?.en) out.add(node, ckg.positionHeld, en(p.position.en));
  addConcept(ctx, node, ckg.participantOutcome, 'participant-outcome', p.outcome);
  out.add(node, ckg.assignmentCertain, bool(p.assignment !== 'uncertain'));
}
