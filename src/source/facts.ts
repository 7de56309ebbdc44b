// The typed source facts of one dataset, as read from its YAML files, each entry with its source positions.
import type { SourceSpan } from '../diagnostics.ts';

export interface Text {
  ko?: string;
  en?: string;
}
export interface Label {
  ko: string;
  en: string;
}
export interface AltLabels {
  ko?: string[];
  en?: string[];
}

/** A cite entry: a footnote of the primary source (20), "article", "src-id" or "src-id#4". */
export type CiteRef = number | string;

/** Where an entry and each of its fields stand in the YAML: `spans['']` is the entry, `spans['begin.date']` a field. */
export interface Located {
  spans: Record<string, SourceSpan>;
}

/** The curator's inference: why the fact is held although the source does not state it, and what supports it. */
export interface Inference {
  reason: string;
  support?: CiteRef[];
}

/** What any entry, or any qualified reference inside one, may say about how it is known. */
export interface Qualifiers {
  /** Marks the fact as the curator's inference instead of source-derived (`cite` is then optional). */
  inferred?: Inference;
  /** `false` when the fact is held with doubt; `uncertainty` says why. */
  certain?: boolean;
  uncertainty?: string;
}

/** A reference written as an object (`{id: arsal, role: target, inferred: {…}}`), read into the entry's `qualified`. */
export interface QualifiedRef extends Qualifiers {
  /** The field it was written in (`within`, `memberOf`, `places`) and its position in a list (-1 for one value). */
  field: string;
  index: number;
  id: string;
  /** The role of an event's place: area (the default), origin, destination, target or position. */
  role?: PlaceRole;
}

export type PlaceRole = 'area' | 'origin' | 'destination' | 'target' | 'position';

interface Common extends Located, Qualifiers {
  id: string;
  note?: string;
  /** The primary source's words, verbatim. */
  quote?: string;
  /** Other sources' words, verbatim, by source id (each a source the entry cites). */
  quotes?: Record<string, string>;
  cite?: CiteRef[];
  /** The references of the entry that were written as objects, with their qualifiers (see qualified-refs.ts). */
  qualified?: QualifiedRef[];
}

export interface DatasetFact extends Located {
  id: string;
  base?: string;
  title: Label;
  description: Label;
  license: string;
  primarySource: string;
  /** The folder of the shared entity register, relative to the dataset folder (`../entities`). */
  entities?: string;
  /** Who made the dataset (`dcterms:creator`) and who publishes it (`dcterms:publisher`). */
  creator?: AgentFact;
  publisher?: AgentFact;
  /** `YYYY-MM-DD`: when the dataset was first published (`dcterms:issued`) and last changed (`dcterms:modified`). */
  issued?: string;
  modified?: string;
  note?: string;
}

/** A person or organization responsible for a dataset: its IRI and its name in Korean and English. */
export interface AgentFact {
  url: string;
  name: Label;
}

export interface SourceFact extends Common {
  title: Label;
  kind?: 'encyclopedia-article' | 'news-report';
  publisher?: string;
  date?: DateValue;
  url: string;
  storedCopy?: string;
  readable?: string;
  language: string;
  license?: string;
  file?: string;
  footnotes?: number[];
}

/** A link out to another dataset's resource, with the evidence that shows the identifier. */
export interface LinkFact {
  target: 'wikidata' | 'dbpedia' | 'geonames';
  /** `Q1234` (Wikidata), a resource name as in the English Wikipedia title (DBpedia), a number (GeoNames). */
  id: string;
  /** `same`: owl:sameAs; `close`: skos:closeMatch. */
  match: 'same' | 'close';
  /** The URL of the stored page (or data package) that shows the identifier. */
  evidence: string;
  note?: string;
}

/** Where a place lies: a WKT point (WGS84, longitude first), its precision and its evidence. */
export interface GeometryFact {
  wkt: string;
  precision: 'town' | 'area-centroid' | 'approximate';
  evidence: string;
  note?: string;
}

/** What identifies an entity across datasets: its links out, and a place's geometry. */
interface Identified {
  links?: LinkFact[];
}

export interface ActorFact extends Common, Identified {
  type: 'state' | 'armed-forces' | 'armed-group' | 'unit' | 'person';
  label: Label;
  altLabels?: AltLabels;
  englishLabel?: string;
  memberOf?: string;
}

export interface PlaceFact extends Common, Identified {
  type: string;
  label: Label;
  altLabels?: AltLabels;
  englishLabel?: string;
  within?: string[];
  geometry?: GeometryFact;
}

/**
 * What a dataset says about an entity of the shared register: an `actors`, `places` or `events` entry with only an
 * id (no type or class), its quote and citations, and the dataset's own facts about it (a membership, a container).
 */
export interface MentionFact extends Common {
  kind: 'actor' | 'place' | 'event';
  altLabels?: AltLabels;
  memberOf?: string;
  within?: string[];
  /** A wider conflict the dataset says this one is part of, and where it took place. */
  partOf?: string;
  places?: string[];
}

export type DateValue = string | number;
export interface DateSpec {
  date: DateValue;
  expression?: string;
  relativeTo?: string;
  timeOfDay?: string;
}

export interface EventFact extends Common, Identified {
  class: 'conflict' | 'operation' | 'phase' | 'incident';
  type: string;
  label: Label;
  altLabels?: AltLabels;
  partOf?: string;
  ordinal?: number;
  date?: DateValue | DateSpec;
  begin?: DateValue | DateSpec;
  end?: DateValue | DateSpec;
  places?: string[];
  /** What the source says of the event's time when it gives no date: in, after or before events, between dates. */
  bounds?: Bounds;
  /** How long the event lasted, as an xsd:duration (`P3D`). */
  duration?: string;
}

export interface Bounds {
  in?: string;
  after?: string;
  before?: string;
  notBefore?: DateValue;
  notAfter?: DateValue;
}

/** A group the source names only by description ("시리아 난민", "ISIL 잔존세력"): an actor of this dataset only. */
export interface CollectiveFact extends Common {
  label: Label;
  altLabels?: AltLabels;
  englishLabel?: string;
  memberOf?: string;
}

export interface PlaceRelationFact extends Common {
  subject: string;
  relation: 'near' | 'outskirts-of' | 'part-of' | 'across-border-from';
  object: string;
}

export interface EventRelationFact extends Common {
  subject: string;
  relation: 'causes' | 'motivated-by' | 'purpose' | 'follows' | 'precedes';
  object: string;
  /** The folder of another dataset that defines `object` (`../qalamoun-2017`): a cross-dataset reference. */
  objectDataset?: string;
  /** For follows/precedes: the time between the two events as the source gives it (`P2D` for 이틀 후). */
  gap?: string;
}

export interface SideFact extends Common {
  event: string;
  ordinal: number;
  label: Label;
}

export interface ParticipationFact extends Common {
  event: string;
  actor: string;
  role: string;
  side?: string;
  commands?: string;
  position?: Text;
  outcome?: string;
  assignment?: 'certain' | 'uncertain';
  versionOf?: string;
  notListedBy?: string[];
}

export interface QuantityFact extends Common {
  kind: string;
  about: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  unit: 'person' | 'km2' | 'km' | 'vehicle';
  unitAsWritten?: string;
  assignment?: 'certain' | 'uncertain';
  versionOf?: string;
}

export interface OutcomeFact extends Common {
  event: string;
  type: string;
  label: Label;
  altLabels?: AltLabels;
  ordinal?: number;
  affects?: string[];
  beneficiary?: string[];
  from?: string;
  to?: string;
  place?: string;
  versionOf?: string;
}

export interface ClaimFact extends Common {
  event?: string;
  subject: string;
  relation: 'coordinated-with' | 'captured' | 'advanced-into' | 'supported' | 'party-to';
  object: string;
  stance: string;
  accordingTo: string;
  /** What is claimed, stated positively (the stance says who denies, reports or intends it). */
  statement: Label;
  versionOf?: string;
  /** The claim as read: what is claimed, then the stance and who holds it; by default the statement and the stance. */
  label?: Label;
}

/** The list sections of a dataset folder, by YAML key. */
export interface Sections {
  sources: SourceFact[];
  actors: ActorFact[];
  collectives: CollectiveFact[];
  places: PlaceFact[];
  placeRelations: PlaceRelationFact[];
  events: EventFact[];
  eventRelations: EventRelationFact[];
  sides: SideFact[];
  participations: ParticipationFact[];
  quantities: QuantityFact[];
  outcomes: OutcomeFact[];
  claims: ClaimFact[];
  /**
   * The register entities this dataset mentions, with what it says about them: the `actors`, `places` and `events`
   * entries without a type or class (not a YAML key of its own).
   */
  mentions: MentionFact[];
}

export type SectionName = keyof Sections;

export const SECTION_NAMES: readonly SectionName[] = [
  'sources',
  'actors',
  'collectives',
  'places',
  'placeRelations',
  'events',
  'eventRelations',
  'sides',
  'participations',
  'quantities',
  'outcomes',
  'claims',
  'mentions',
];

/** The sections whose entries can be a mention of a register entity instead of a definition, and the mention's kind. */
export const MENTION_KIND = { actors: 'actor', places: 'place', events: 'event' } as const;

/** The singular entity kind of each section, as used in IRIs (`<base>actor/<id>`) and messages. */
export const SECTION_KIND = {
  sources: 'source',
  actors: 'actor',
  collectives: 'collective',
  places: 'place',
  placeRelations: 'placerelation',
  events: 'event',
  eventRelations: 'eventrelation',
  sides: 'side',
  participations: 'participation',
  quantities: 'quantity',
  outcomes: 'outcome',
  claims: 'claim',
  mentions: 'mention',
} as const satisfies Record<SectionName, string>;

/** The kind of an id's entry (a mention has no id of its own: it names a register entry). */
export type EntityKind = Exclude<(typeof SECTION_KIND)[SectionName], 'mention'>;

/** The shared entities a dataset can mention: the register's entries by id, and the base they are minted under. */
export interface Register {
  base: string;
  entries: Map<string, RegisterEntry>;
}

export type RegisterEntry =
  | { kind: 'actor'; entry: ActorFact }
  | { kind: 'place'; entry: PlaceFact }
  | { kind: 'event'; entry: EventFact };

/** Everything one dataset folder says, checked. */
export interface Facts extends Sections {
  dataset: DatasetFact;
  /** The shared entity register the dataset uses, if it declares one. */
  register?: Register;
  /** The YAML files read, in the order read. */
  files: string[];
  /** The language of every source of the dataset, by id (the language tag of the quotes taken from it). */
  sourceLanguages?: Record<string, string>;
  /** The events of other datasets that event relations point at (`objectDataset`), by the relation's id. */
  foreign?: ReadonlyMap<string, ForeignEvent>;
}

/** An event another dataset defines, as a cross-dataset reference resolved it: that dataset's id and base, the event. */
export interface ForeignEvent {
  dataset: { id: string; base?: string };
  id: string;
  label: Label;
}
