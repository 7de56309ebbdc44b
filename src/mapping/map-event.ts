// Maps an event (conflict, operation, phase or incident) with its place, its parent and its time span.
import type { NamedNode } from 'n3';
import type { EventFact } from '../source/index.ts';
import { ckg, crm, schema, sem } from '../vocab.ts';
import { addConcept, describe, PLACE_ROLE, type MapScope } from './map-scope.ts';
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
  mapPlaces(scope, node, e);
  mapLinks(scope, node, e.id, e.links);
  mapTimeSpan(scope, node, e);
}

/**
 * Each place with its role: `ckg:tookPlaceIn` (area, the default), `ckg:origin`, `ckg:destination`,
 * `ckg:targetPlace`, `ckg:positionedIn`; all also `sem:hasPlace`, and `crm:P7_took_place_at` unless the place is
 * only where the event moved from or to.
 */
function mapPlaces(scope: MapScope, node: NamedNode, e: EventFact): void {
  const roles = new Map((e.qualified ?? []).filter((q) => q.field === 'places').map((q) => [q.index, q.role]));
  (e.places ?? []).forEach((id, i) => {
    const place = scope.iri(id);
    const role = roles.get(i) ?? 'area';
    scope.out.add(node, sem.hasPlace, place);
    scope.out.add(node, PLACE_ROLE[role], place);
    if (role !== 'origin' && role !== 'destination') scope.out.add(node, crm.P7_took_place_at, place);
  });
}

function linkParent(scope: MapScope, node: NamedNode, parent: NamedNode): void {
  scope.out.add(node, sem.subEventOf, parent);
  scope.out.add(node, crm.P9i_forms_part_of, parent);
  scope.out.add(parent, sem.hasSubEvent, node);
}
