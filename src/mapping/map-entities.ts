// Maps the dataset, its sources, actors and places (the entities that facts refer to).
import { DataFactory, type NamedNode } from 'n3';
import { literal } from './literal.ts';
import {
  parseDate,
  type ActorFact,
  type AgentFact,
  type AltLabels,
  type CollectiveFact,
  type CalendarDate,
  type DatasetFact,
  type Label,
  type MentionFact,
  type PlaceFact,
  type SourceFact,
} from '../source/index.ts';
import { dateLiteral } from './map-time.ts';
import { ckg, crm, dcterms, geo, org, prov, schema, sem, skos, xsd } from '../vocab.ts';
import { addConcept, describe, type MapScope } from './map-scope.ts';
import { en, ko, typed } from './emitter.ts';
import { mapEvent } from './map-event.ts';
import { mapGeometry, mapLinks } from './map-links.ts';

const { namedNode } = DataFactory;

/** Produces ckg:Dataset; checked by the dataset shape. */
export function mapDataset(scope: MapScope, d: DatasetFact): void {
  const node = scope.mint('dataset', d.id);
  const source = scope.mint('source', d.primarySource);
  scope.out.origin(node, d.spans['']);
  scope.out.types(node, [ckg.Dataset]);
  scope.out.labels(node, d.title);
  scope.out.add(node, dcterms.title, ko(d.title.ko));
  scope.out.add(node, dcterms.title, en(d.title.en));
  scope.out.add(node, dcterms.description, ko(d.description.ko));
  scope.out.add(node, dcterms.description, en(d.description.en));
  scope.out.add(node, dcterms.license, namedNode(d.license));
  scope.out.add(node, ckg.primarySource, source);
  scope.out.add(node, prov.wasDerivedFrom, source);
  agent(scope, node, dcterms.creator, d.creator);
  agent(scope, node, dcterms.publisher, d.publisher);
  if (d.issued) scope.out.add(node, dcterms.issued, typed(d.issued, xsd.date));
  if (d.modified) scope.out.add(node, dcterms.modified, typed(d.modified, xsd.date));
  if (d.note) scope.out.add(node, ckg.curatorNote, en(d.note));
}

/** `dataset p <agent>`, and the agent (prov:Agent, schema:Organization, labelled) the first time it is named. */
function agent(scope: MapScope, dataset: NamedNode, p: NamedNode, a: AgentFact | undefined): void {
  if (!a) return;
  const node = namedNode(a.url);
  scope.out.add(dataset, p, node);
  if (!scope.out.firstTime(node)) return;
  scope.out.types(node, [prov.Agent, schema.Organization]);
  scope.out.labels(node, a.name);
}

const SOURCE_KIND_CLASS = { 'encyclopedia-article': schema.Article, 'news-report': schema.NewsArticle } as const;

/**
 * Produces ckg:SourceDocument (a prov:Entity and schema:WebPage; schema:Article or schema:NewsArticle by kind): the
 * original's URL (schema:url), the stored copy actually read (schema:archivedAt), what part of it was readable
 * (ckg:readablePart), publisher, date and language.
 */
export function mapSource(scope: MapScope, s: SourceFact): void {
  const node = scope.mint('source', s.id);
  const { out } = scope;
  describe(scope, node, s);
  out.types(node, [ckg.SourceDocument, prov.Entity, schema.WebPage, ...(s.kind ? [SOURCE_KIND_CLASS[s.kind]] : [])]);
  out.labels(node, s.title);
  out.add(node, schema.url, namedNode(s.url));
  if (s.storedCopy) out.add(node, schema.archivedAt, namedNode(s.storedCopy));
  out.add(node, schema.inLanguage, literal(s.language));
  out.add(node, dcterms.language, literal(s.language));
  if (s.publisher) out.add(node, schema.publisher, literal(s.publisher));
  if (s.date !== undefined) {
    // The source stage has checked the date (E_SOURCE_DATE).
    const date = dateLiteral(parseDate(s.date) as CalendarDate);
    out.add(node, schema.datePublished, date);
    out.add(node, dcterms.issued, date);
  }
  if (s.readable) out.add(node, ckg.readablePart, en(s.readable));
  if (s.license) out.add(node, dcterms.license, namedNode(s.license));
}

const ACTOR_CLASSES: Record<ActorFact['type'], NamedNode[]> = {
  state: [ckg.State, crm.E74_Group, schema.Organization],
  'armed-forces': [ckg.ArmedForces, crm.E74_Group, schema.Organization],
  'armed-group': [ckg.ArmedGroup, crm.E74_Group, schema.Organization],
  unit: [ckg.Unit, crm.E74_Group, schema.Organization],
  person: [ckg.Person, crm.E21_Person, schema.Person],
};

/** Produces ckg:Actor with its kind's classes (sem:Actor, crm:E39_Actor, and group or person). */
export function mapActor(scope: MapScope, a: ActorFact): void {
  const node = scope.mint('actor', a.id);
  describe(scope, node, a);
  scope.out.types(node, [ckg.Actor, sem.Actor, crm.E39_Actor, ...ACTOR_CLASSES[a.type]]);
  scope.out.labels(node, a.label, a.altLabels);
  addConcept(scope, node, sem.actorType, 'actor-type', a.type);
  addConcept(scope, node, ckg.englishLabelKind, 'english-label-kind', a.englishLabel);
  mapLinks(scope, node, a.id, a.links);
  if (a.memberOf) mapMembership(scope, a, a.memberOf);
}

/** Produces ckg:Place (sem:Place, crm:E53_Place, schema:Place, geo:Feature) with what it lies within. */
export function mapPlace(scope: MapScope, p: PlaceFact): void {
  const node = scope.mint('place', p.id);
  describe(scope, node, p);
  scope.out.types(node, [ckg.Place, sem.Place, crm.E53_Place, schema.Place, geo.Feature]);
  scope.out.labels(node, p.label, p.altLabels);
  addConcept(scope, node, ckg.placeType, 'place-type', p.type);
  addConcept(scope, node, sem.placeType, 'place-type', p.type);
  addConcept(scope, node, ckg.englishLabelKind, 'english-label-kind', p.englishLabel);
  mapLinks(scope, node, p.id, p.links);
  if (p.geometry) mapGeometry(scope, node, p);
  mapWithin(scope, node, p.within);
}

/**
 * A register entity as a dataset mentions it: the register's description (types, labels, links, geometry), under
 * the register's IRI, and what this dataset says about it (its quote and citations, its membership, its container).
 */
export function mapMention(scope: MapScope, m: MentionFact): void {
  const found = scope.facts.register?.entries.get(m.id);
  if (!found) throw new Error(`mapping: "${m.id}" is not in the register (the source check should have caught it)`);
  if (found.kind === 'actor') mapActor(scope, found.entry);
  else if (found.kind === 'place') mapPlace(scope, found.entry);
  else mapEvent(scope, { ...found.entry, partOf: m.partOf, places: m.places, spans: found.entry.spans });
  const node = scope.iri(m.id);
  describe(scope, node, m);
  addAltLabels(scope, node, m.altLabels, found.entry.label);
  if (m.memberOf) mapMembership(scope, m, m.memberOf);
  mapWithin(scope, node, m.within);
}

function addAltLabels(scope: MapScope, node: NamedNode, alt: AltLabels | undefined, label: Label): void {
  for (const l of new Set(alt?.ko)) if (l !== label.ko) scope.out.add(node, skos.altLabel, ko(l));
  for (const l of new Set(alt?.en)) if (l !== label.en) scope.out.add(node, skos.altLabel, en(l));
}

function mapWithin(scope: MapScope, node: NamedNode, within: string[] | undefined): void {
  for (const id of new Set(within)) {
    const outer = scope.iri(id);
    for (const prop of [ckg.within, geo.sfWithin, crm.P89_falls_within, schema.containedInPlace])
      scope.out.add(node, prop, outer);
  }
}

/**
 * A membership the dataset states: the `ckg:memberOf` shortcut, and a ckg:Membership (org:Membership) of the dataset
 * that carries the statement's citations, so that the membership stays a cited fact of the dataset that says it.
 */
function mapMembership(scope: MapScope, entry: MentionFact | ActorFact, organization: string): void {
  const member = scope.iri(entry.id);
  const group = scope.iri(organization);
  scope.out.add(member, ckg.memberOf, group);
  scope.out.add(member, schema.memberOf, group);
  mapMembershipNode(scope, entry, organization);
}

/**
 * The ckg:Membership node of `entry memberOf organization`: the membership as a fact of its own, with the entry's
 * citations and quotes. It is the one place of the membership's qualifiers: a `memberOf` written as an object
 * (`{id, inferred | certain, uncertainty}`) puts its inference or doubt here, in place of the whole entry's, and gets
 * no `statement:` node besides (describe() leaves memberOf to this node).
 */
export function mapMembershipNode(
  scope: MapScope,
  entry: MentionFact | ActorFact | CollectiveFact,
  organization: string,
): void {
  const member = scope.iri(entry.id);
  const group = scope.iri(organization);
  const node = scope.mint('membership', entry.id);
  const a = scope.labelOf(entry.id);
  const b = scope.labelOf(organization);
  const label = { ko: `${a.ko} — ${b.ko} 소속`, en: `${a.en}, member of ${b.en}` };
  const ref = entry.qualified?.find((q) => q.field === 'memberOf');
  const qualifiers = ref ? { inferred: ref.inferred, certain: ref.certain, uncertainty: ref.uncertainty } : {};
  describe(scope, node, { ...entry, ...qualifiers, note: undefined, spans: entry.spans }, label);
  scope.out.types(node, [ckg.Membership, org.Membership]);
  scope.out.add(node, org.member, member);
  scope.out.add(node, org.organization, group);
  scope.out.labels(node, label);
}
