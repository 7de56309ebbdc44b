// Maps the dataset's collective actors, and the cited relations between places and between events.
import type { NamedNode } from 'n3';
import type { CollectiveFact, EventRelationFact, ForeignEvent, PlaceRelationFact } from '../source/index.ts';
import { ckg, crm, DEFAULT_RESOURCE_BASE, rdf, rdfs, sem, xsd } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { typed } from './emitter.ts';
import { relationLabel } from './relation-labels.ts';
import { mapMembershipNode } from './map-entities.ts';
import { defaultBase, mintIri } from './mint-iri.ts';

/** Produces ckg:CollectiveActor (a ckg:Actor and crm:E74_Group) under the dataset's base; checked by its shape. */
export function mapCollective(scope: MapScope, c: CollectiveFact): void {
  const node = scope.mint('collective', c.id);
  describe(scope, node, c);
  scope.out.types(node, [ckg.Actor, ckg.CollectiveActor, sem.Actor, crm.E39_Actor, crm.E74_Group]);
  scope.out.labels(node, c.label, c.altLabels);
  addConcept(scope, node, sem.actorType, 'actor-type', 'collective');
  addConcept(scope, node, ckg.englishLabelKind, 'english-label-kind', c.englishLabel);
  if (c.memberOf) {
    scope.out.add(node, ckg.memberOf, scope.iri(c.memberOf));
    scope.out.add(node, crm.P107i_is_current_or_former_member_of, scope.iri(c.memberOf));
    mapMembershipNode(scope, c, c.memberOf);
  }
}

const PLACE_RELATION: Record<PlaceRelationFact['relation'], NamedNode> = {
  near: ckg.near,
  'outskirts-of': ckg.outskirtsOf,
  'part-of': ckg.partOfPlace,
  'across-border-from': ckg.acrossBorderFrom,
};

/**
 * Produces the asserted triple `<place> ckg:near|outskirtsOf|partOfPlace|acrossBorderFrom <place>` and, to carry
 * its citation, quote and qualifiers, `placerelation:<id>` a ckg:PlaceRelation and rdf:Statement of that triple.
 */
export function mapPlaceRelation(scope: MapScope, r: PlaceRelationFact): void {
  const node = scope.mint('placerelation', r.id);
  const p = PLACE_RELATION[r.relation];
  relationNode(scope, node, [ckg.PlaceRelation], [scope.iri(r.subject), p, scope.iri(r.object)]);
  const label = relationLabel(scope.labelOf(r.subject), r.relation, scope.labelOf(r.object));
  scope.out.labels(node, label);
  describe(scope, node, r, label);
  if (r.relation === 'part-of') scope.out.add(scope.iri(r.subject), crm.P89_falls_within, scope.iri(r.object));
}

const EVENT_RELATION: Record<EventRelationFact['relation'], NamedNode> = {
  causes: ckg.causes,
  'motivated-by': ckg.motivatedBy,
  purpose: ckg.hadPurpose,
  follows: ckg.follows,
  precedes: ckg.precedes,
};

/** CIDOC-CRM's own property for a relation, asserted beside ckg's (motivation and purpose only). */
const EVENT_RELATION_CRM: Partial<Record<EventRelationFact['relation'], NamedNode>> = {
  'motivated-by': crm.P17_was_motivated_by,
  purpose: crm.P20_had_specific_purpose,
};

/**
 * The object of an event relation: this dataset's event, or (with `objectDataset`) another dataset's event, minted
 * under that dataset's base and said to be defined by that dataset.
 */
function objectOf(
  scope: MapScope,
  fact: { id: string; object: string; objectDataset?: string },
): { iri: NamedNode; foreign?: ForeignEvent } {
  if (fact.objectDataset === undefined) return { iri: scope.iri(fact.object) };
  const foreign = scope.facts.foreign?.get(fact.id);
  if (!foreign)
    throw new Error(
      `mapping: unresolved cross-dataset event "${fact.object}" (the source check should have resolved it)`,
    );
  const base = foreign.dataset.base ?? defaultBase(DEFAULT_RESOURCE_BASE, foreign.dataset.id);
  const iri = mintIri(base, 'event', foreign.id);
  scope.out.add(iri, rdfs.isDefinedBy, mintIri(base, 'dataset', foreign.dataset.id));
  return { iri, foreign };
}

/**
 * Produces `<event> ckg:causes|motivatedBy|hadPurpose|follows|precedes <event>` (with crm:P17 / crm:P20 where they
 * apply) and `eventrelation:<id>` a ckg:EventRelation and rdf:Statement with its citation and its `ckg:gap`.
 */
export function mapEventRelation(scope: MapScope, r: EventRelationFact): void {
  const node = scope.mint('eventrelation', r.id);
  const { iri: o, foreign } = objectOf(scope, r);
  const s = scope.iri(r.subject);
  relationNode(scope, node, [ckg.EventRelation], [s, EVENT_RELATION[r.relation], o]);
  const label = relationLabel(scope.labelOf(r.subject), r.relation, foreign?.label ?? scope.labelOf(r.object));
  scope.out.labels(node, label);
  describe(scope, node, r, label);
  const crmProperty = EVENT_RELATION_CRM[r.relation];
  if (crmProperty) scope.out.add(s, crmProperty, o);
  if (r.gap) scope.out.add(node, ckg.gap, typed(r.gap, xsd.duration));
}

function relationNode(scope: MapScope, node: NamedNode, classes: NamedNode[], [s, p, o]: NamedNode[]): void {
  const { out } = scope;
  out.types(node, [...classes, rdf.Statement]);
  out.add(node, rdf.subject, s);
  out.add(node, rdf.predicate, p);
  out.add(node, rdf.object, o);
  out.add(s, p, o);
}
