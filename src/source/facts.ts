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

interface Common extends Located {
  id: string;
  note?: string;
  /** The primary source's words, verbatim. */
  quote?: string;
  /** Other sources' words, verbatim, by source id (each a source the entry cites). */
  quotes?: Record<string, string>;
  cite?: CiteRef[];
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
  unit: 'person' | 'km2' | 'km';
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
  relation: 'coordinated-with' | 'captured' | 'advanced-into' | 'supported';
  object: string;
  stance: string;
  accordingTo: string;
  statement: Label;
  versionOf?: string;
}

/** The list sections of a dataset folder, by YAML key. */
export interface Sections {
  sources: SourceFact[];
  actors: ActorFact[];
  places: PlaceFact[];
  events: EventFact[];
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
  'places',
  'events',
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
  places: 'place',
  events: 'event',
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
  /** The language of every source of the dataset, by id (the language tag of the quotes taken from it). */
  sourceLanguages?: Record<string, string>;
}
