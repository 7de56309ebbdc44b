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
  quote?: string;
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
  note?: string;
}

export interface SourceFact extends Common {
  title: Label;
  url: string;
  language: string;
  license?: string;
  file?: string;
  footnotes?: number[];
}

export interface ActorFact extends Common {
  type: 'state' | 'armed-forces' | 'armed-group' | 'unit' | 'person';
  label: Label;
  altLabels?: AltLabels;
  englishLabel?: string;
  memberOf?: string;
  sameAs?: string[];
}

export interface PlaceFact extends Common {
  type: string;
  label: Label;
  altLabels?: AltLabels;
  englishLabel?: string;
  within?: string[];
  sameAs?: string[];
}

export type DateValue = string | number;
export interface DateSpec {
  date: DateValue;
  expression?: string;
  relativeTo?: string;
  timeOfDay?: string;
}

export interface EventFact extends Common {
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
}

export interface QuantityFact extends Common {
  kind: string;
  about: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  unit: 'person' | 'km2' | 'km';
  unitAsWritten?: string;
  assignment?: 'certain' | 'uncertain';
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
}

export interface ClaimFact extends Common {
  event?: string;
  subject: string;
  relation: 'coordinated-with' | 'captured' | 'advanced-into' | 'supported';
  object: string;
  stance: string;
  accordingTo: string;
  /** What is claimed, stated positively (the stance says who denies, reports or intends it). */
  statement: Label;
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
];

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
} as const satisfies Record<SectionName, string>;

export type EntityKind = (typeof SECTION_KIND)[SectionName];

/** Everything one dataset folder says, checked. */
export interface Facts extends Sections {
  dataset: DatasetFact;
  /** The YAML files read, in the order read. */
  files: string[];
}
