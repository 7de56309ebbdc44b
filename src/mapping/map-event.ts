// Maps an event (conflict, operation, phase or incident) with its place, its parent and its time span.
import type { NamedNode } from 'n3';
import type { EventFact } from '../source/index.ts';
import { ckg, crm, schema, sem } from '../vocab.ts';
import { addConcept, describe, type MapContext } from './context.ts';
import { integer } from './emitter.ts';
import { mapTimeSpan } from './map-time.ts';

const EVENT_CLASS = {
  conflict: ckg.ArmedConflict,
  operation: ckg.MilitaryOperation,
  phase: ckg.Phase,
  incident: ckg.Incident,
} as const;

/** Produces ckg:Event (sem:Event, crm:E7_Activity, schema:Event) plus its class; checked by the event shape. */
export function mapEvent(ctx: MapContext, e: EventFact): void {
  const node = ctx.mint('event', e.id);
  describe(ctx, node, e);
  ctx.out.types(node, [ckg.Event, sem.Event, crm.E7_Activity, schema.Event, EVENT_CLASS[e.class]]);
  ctx.out.labels(node, e.label, e.altLabels);
  addConcept(ctx, node, sem.eventType, 'event-type', e.type);
  if (e.ordinal !== undefined) ctx.out.add(node, ckg.ordinal, integer(e.ordinal));
  if (e.partOf) linkParent(ctx, node, ctx.iri(e.partOf));
  for (const id of e.places ?? []) {
    ctx.out.add(node, sem.hasPlace, ctx.iri(id));
    ctx.out.add(node, crm.P7_took_place_at, ctx.iri(id));
  }
  mapTimeSpan(ctx, node, e);
}

function linkParent(ctx: MapContext, node: NamedNode, parent: NamedNode): void {
  ctx.out.add(node, sem.subEventOf, parent);
  ctx.out.add(node, crm.P9i_forms_part_of, parent);
  ctx.out.add(parent, sem.hasSubEvent, node);
}
