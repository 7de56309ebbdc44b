// The public face of src/source/: what other folders may import from it.
export { resolveCite } from './check-citations.ts';
export { MENTION_KIND, SECTION_KIND, SECTION_NAMES } from './facts.ts';
export { parsePoint } from './parse-point.ts';
export type { Point } from './parse-point.ts';
export type {
  ActorFact,
  AltLabels,
  CiteRef,
  ClaimFact,
  CollectiveFact,
  AgentFact,
  DatasetFact,
  DateSpec,
  DateValue,
  EventFact,
  EventRelationFact,
  Facts,
  ForeignEvent,
  Label,
  Located,
  LinkFact,
  GeometryFact,
  MentionFact,
  Register,
  RegisterEntry,
  OutcomeFact,
  ParticipationFact,
  PlaceFact,
  PlaceRelationFact,
  PlaceRole,
  QualifiedRef,
  Qualifiers,
  QuantityFact,
  SectionName,
  Sections,
  SideFact,
  SourceFact,
} from './facts.ts';
export { MAX_CLASS_LISTS, flat } from './id-index.ts';
export type { IdIndex } from './id-index.ts';
export { loadBatch, loadFacts } from './load-facts.ts';
export { firstMoment, lastMoment, parseDate } from './parse-date.ts';
export type { CalendarDate } from './parse-date.ts';
export { findDatasets } from './find-datasets.ts';
export { scanFacts } from './scan-facts.ts';
export { refPath } from './qualified-refs.ts';
export { DURATION, resolveBounds, type OuterBounds } from './time-bounds.ts';
export type { FactIndex } from './scan-facts.ts';
