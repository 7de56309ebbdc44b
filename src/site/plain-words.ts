// Plain-word phrasings of the predicates a page shows ("took place at", "is part of"), and which are alignments.
import { ckg, crm, dcterms, geo, prov, rdf, rdfs, schema, sem, skos, time, NS } from '../vocab.ts';
import { localName } from '../terms.ts';

/** How a fact `<this> p <value>` reads in words. */
const OUTGOING = new Map<string, string>([
  [rdf.type.value, 'is a'],
  [rdfs.label.value, 'is labelled'],
  [rdfs.comment.value, 'is described as'],
  [skos.altLabel.value, 'is also written'],
  [skos.prefLabel.value, 'is named'],
  [skos.inScheme.value, 'belongs to the scheme'],
  [sem.eventType.value, 'is an event of type'],
  [sem.subEventOf.value, 'is part of'],
  [sem.hasSubEvent.value, 'has the part'],
  [sem.hasPlace.value, 'took place at'],
  [sem.hasActor.value, 'involved'],
  [sem.hasTimeStamp.value, 'happened on'],
  [sem.hasBeginTimeStamp.value, 'began on'],
  [sem.hasEndTimeStamp.value, 'ended on'],
  [sem.actorType.value, 'is an actor of type'],
  [sem.roleType.value, 'in the role of'],
  [sem.accordingTo.value, 'according to'],
  [crm['P4_has_time-span'].value, 'has the time-span'],
  [ckg.hasSide.value, 'has the side'],
  [ckg.sideOf.value, 'is a side of'],
  [ckg.hasParticipation.value, 'has the participation'],
  [ckg.participationIn.value, 'is a participation in'],
  [ckg.actor.value, 'by the actor'],
  [ckg.side.value, 'on the side'],
  [ckg.commands.value, 'commands'],
  [ckg.positionHeld.value, 'holding the position'],
  [ckg.participantOutcome.value, 'with the outcome'],
  [ckg.assignmentCertain.value, 'is certainly assigned'],
  [ckg.memberOf.value, 'is a member of'],
  [ckg.ordinal.value, 'is number'],
  [ckg.about.value, 'counts'],
  [ckg.quantityKind.value, 'is a quantity of kind'],
  [ckg.qualifier.value, 'is qualified as'],
  [ckg.unitAsWritten.value, 'has the unit as written'],
  [ckg.hasOutcome.value, 'had the outcome'],
  [ckg.outcomeType.value, 'is an outcome of type'],
  [ckg.affects.value, 'affects'],
  [ckg.beneficiary.value, 'benefits'],
  [ckg.origin.value, 'from'],
  [ckg.destination.value, 'to'],
  [ckg.outcomePlace.value, 'at'],
  [ckg.stance.value, 'is'],
  [ckg.statement.value, 'states'],
  [ckg.claimAbout.value, 'is a claim about'],
  [ckg.footnoteNumber.value, 'is footnote number'],
  [ckg.inSource.value, 'is in the source'],
  [ckg.sourceText.value, 'is read from the words'],
  [ckg.curatorNote.value, 'has the curator’s note'],
  [ckg.englishLabelKind.value, 'has an English label that is a'],
  [ckg.placeType.value, 'is a place of type'],
  [ckg.within.value, 'lies within'],
  [geo.hasGeometry.value, 'has the geometry'],
  [geo.asWKT.value, 'is at (WKT)'],
  [ckg.coordinatePrecision.value, 'has coordinates precise to'],
  [ckg.evidence.value, 'is shown by'],
  [ckg.primarySource.value, 'has the primary source'],
  [ckg.precision.value, 'is precise to'],
  [ckg.dateExpression.value, 'is written as'],
  [ckg.resolvedRelativeTo.value, 'is counted from'],
  [ckg.timeOfDay.value, 'at the time of day'],
  [rdf.subject.value, 'claims that'],
  [rdf.predicate.value, 'the relation'],
  [rdf.object.value, 'holds with'],
  [time.hasBeginning.value, 'begins at'],
  [time.hasEnd.value, 'ends at'],
  [time.inXSDDate.value, 'is the date'],
  [time.inXSDgYearMonth.value, 'is the month'],
  [time.inXSDgYear.value, 'is the year'],
  [dcterms.title.value, 'is titled'],
  [dcterms.description.value, 'is described as'],
  [dcterms.license.value, 'is licensed under'],
  [dcterms.isPartOf.value, 'is part of'],
  [prov.wasDerivedFrom.value, 'is derived from'],
  [schema.url.value, 'is published at'],
  [schema.inLanguage.value, 'is written in'],
  [schema.sameAs.value, 'is the same as'],
  [schema.value.value, 'has the value'],
  [schema.minValue.value, 'is at least'],
  [schema.maxValue.value, 'is at most'],
  [schema.unitCode.value, 'has the unit code'],
]);

/** How `<subject> p <this>` reads, for the "what links here" list. */
const INCOMING = new Map<string, string>([
  [sem.subEventOf.value, 'is part of this'],
  [sem.hasPlace.value, 'took place here'],
  [ckg.actor.value, 'is this actor’s participation'],
  [ckg.side.value, 'fought on this side'],
  [ckg.about.value, 'counts this'],
  [ckg.commands.value, 'commands this'],
  [ckg.within.value, 'lies within this'],
  [geo.hasGeometry.value, 'is the geometry of this'],
  [ckg.memberOf.value, 'is a member of this'],
  [prov.wasDerivedFrom.value, 'is derived from this'],
  [sem.accordingTo.value, 'is according to this'],
  [rdf.type.value, 'is one of these'],
  [skos.inScheme.value, 'is in this scheme'],
]);

/** Predicates that restate another fact in a second vocabulary; pages list them apart, under "alignments". */
export function isAlignment(predicate: string): boolean {
  if (OUTGOING.has(predicate)) return false;
  return (
    [NS.crm, NS.geo, NS.schema, NS.owl].some((ns) => predicate.startsWith(ns)) ||
    predicate === sem.hasActor.value ||
    predicate === geo.sfWithin.value
  );
}

/** The phrase for an outgoing fact; unknown predicates read as their local name in words. */
export function outgoingPhrase(predicate: string): string {
  return OUTGOING.get(predicate) ?? words(localName(predicate));
}

/** The phrase for an incoming link. */
export function incomingPhrase(predicate: string): string {
  return INCOMING.get(predicate) ?? `${outgoingPhrase(predicate)} this`;
}

/**
 * A property's local name in words: camel case split and lowered, acronyms kept.
 * @example words('hasBeginTimeStamp') //=> 'has begin time stamp'
 * @example words('downloadURL') //=> 'download URL'
 * @example words('P7_took_place_at') //=> 'P7 took place at'
 */
export function words(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z]{2,})(?![a-z])/g, '$1 $2')
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z])([A-Z])(?=[a-z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}
