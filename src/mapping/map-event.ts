// Maps an event (conflict, operation, phase or incident) with its place, its parent and its time span.
import type { NamedNode } from 'n3';
import type { EventFact } from '../source/index.ts';
import { ckg, crm, schema, sem } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { integer } from './emitter.ts';
import { mapTimeSpan } from './map-time.ts';
import { mapLinks } from './map-links.ts';

const EVENT_CLASS = {
  conflict: ckg.ArmedConflict,
  operation: ckg.MilitaryOperation,
  phase: ckg.Phase,
  incident: ckg.Incident,
} as const;

/** Produces ckg:Event (sem:Event, crm:E7_Activity, schema:Event) plus its class; checked by the event shape. */
export function mapEvent(scope: MapScope, e: EventFact): void {
  const node = scope.mint('event', e.id);
  describe(scope, node, e);
  scope.out.types(node, [ckg.Event, sem.Event, crm.E7_Activity, schema.Event, EVENT_CLASS[e.class]]);
  scope.out.labels(node, e.label, e.altLabels);
  addConcept(scope, node, sem.eventType, 'event-type', e.type);
  if (e.ordinal !== undefined) scope.out.add(node, ckg.ordinal, integer(e.ordinal));
  if (e.partOf) linkParent(scope, node, scope.iri(e.partOf));
  for (const id of e.places ?? []) {
    scope.out.add(node, sem.hasPlace, scope.iri(id));
    scope.out.add(node, crm.P7_took_place_at, scope.iri(id));
  }
  mapLinks(scope, node, e.id, e.links);
  mapTimeSpan(scope, node, e);
}

function linkParent(scope: MapScope, node: NamedNode, parent: NamedNode): void {
  scope.out.add(node, sem.subEventOf, parent);
  scope.out.add(node, crm.P9i_forms_part_of, parent);
  scope.out.add(parent, sem.hasSubEvent, node);
}
