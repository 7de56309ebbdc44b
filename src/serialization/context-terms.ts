// The JSON-LD context's term table: which properties take IRIs, and which always take one datatype.
import type { NamedNode } from '@rdfjs/types';
import { ckg, crm, dcterms, geo, owl, prov, rdf, rdfs, schema, sem, skos, time, xsd } from '../vocab.ts';

/**
 * Properties whose values are IRIs (ontology/MODEL.md), coerced with `"@type": "@id"` so their values read
 * `"actor:hezbollah"` instead of `{"@id": "actor:hezbollah"}`. A literal value of one still round-trips:
 * the writer falls back to a value object.
 */
export const OBJECT_PROPERTIES: readonly NamedNode[] = [
  rdf.subject, rdf.predicate, rdf.object,
  rdfs.seeAlso, rdfs.subClassOf, rdfs.subPropertyOf, rdfs.domain, rdfs.range, rdfs.isDefinedBy,
  owl.sameAs,
  skos.inScheme, skos.closeMatch, skos.exactMatch,
  dcterms.license, dcterms.source, dcterms.isPartOf, dcterms.hasPart,
  prov.wasDerivedFrom, prov.hadPrimarySource,
  sem.hasActor, sem.hasPlace, sem.subEventOf, sem.hasSubEvent, sem.eventType, sem.actorType, sem.placeType,
  sem.roleType, sem.accordingTo,
  crm['P4_has_time-span'], crm.P7_took_place_at, crm.P11_had_participant, crm.P14_carried_out_by,
  crm.P9i_forms_part_of, crm.P89_falls_within,
  time.hasBeginning, time.hasEnd,
  schema.url, schema.location, schema.containedInPlace, schema.memberOf, schema.license, schema.sameAs,
  geo.sfWithin,
  ckg.participationIn, ckg.actor, ckg.side, ckg.sideOf, ckg.commands, ckg.participantOutcome, ckg.memberOf,
  ckg.hasParticipation, ckg.hasSide, ckg.precision, ckg.resolvedRelativeTo, ckg.timeOfDay,
  ckg.about, ckg.quantityKind, ckg.qualifier, ckg.hasOutcome, ckg.outcomeType, ckg.affects, ckg.beneficiary,
  ckg.origin, ckg.destination, ckg.outcomePlace, ckg.stance, ckg.claimAbout, ckg.coordinatedWith,
  ckg.captured, ckg.advancedInto, ckg.supported, ckg.inSource, ckg.englishLabelKind, ckg.placeType, ckg.within, ckg.primarySource,
];

/**
 * Properties the model always types with one datatype, coerced so their values are bare strings
 * (`"2017-07-21T00:00:00"`). Properties whose datatype varies with precision or unit
 * (`sem:hasBeginTimeStamp`, `schema:value`) are left out: their values carry `@type` themselves.
 */
export const TYPED_PROPERTIES: ReadonlyArray<readonly [NamedNode, NamedNode]> = [
  [crm.P82a_begin_of_the_begin, xsd.dateTime],
  [crm.P82b_end_of_the_end, xsd.dateTime],
  [time.inXSDDate, xsd.date],
  [time.inXSDgYearMonth, xsd.gYearMonth],
  [time.inXSDgYear, xsd.gYear],
];
