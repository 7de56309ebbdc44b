// Stage 2: maps checked source facts to RDF quads (no blank nodes), section by section, through one table.
import type { Quad } from 'n3';
import type { SourceSpan } from '../diagnostics.ts';
import type { DatasetFact, Facts, Sections } from '../source/index.ts';
import { DEFAULT_RESOURCE_BASE, prefixesFor } from '../vocab.ts';
import { createScope, type MapScope, type Outside } from './map-scope.ts';
import { Emitter } from './emitter.ts';
import { mapActor, mapDataset, mapMention, mapPlace, mapSource } from './map-entities.ts';
import { mapEvent } from './map-event.ts';
import { mapParticipation, mapSide } from './map-participation.ts';
import { mapQuantity } from './map-quantity.ts';
import { mapClaim, mapOutcome } from './map-outcome.ts';
import { defaultBase } from './mint-iri.ts';
import { mapCollective, mapEventRelation, mapPlaceRelation } from './map-relations.ts';

export interface MappedGraph {
  datasetId: string;
  base: string;
  prefixes: Record<string, string>;
  quads: Quad[];
  /** Subject IRI → the YAML position of the entry that produced it (for SHACL messages). */
  provenance: Map<string, SourceSpan>;
}

export type Mapper<K extends keyof Sections> = (scope: MapScope, entry: Sections[K][number]) => void;

/** One mapping function per section; the order only affects insertion order (the writers sort). */
export const MAPPERS: { [K in keyof Sections]: Mapper<K> } = {
  sources: mapSource,
  actors: mapActor,
  collectives: mapCollective,
  places: mapPlace,
  placeRelations: mapPlaceRelation,
  events: mapEvent,
  eventRelations: mapEventRelation,
  sides: mapSide,
  participations: mapParticipation,
  quantities: mapQuantity,
  outcomes: mapOutcome,
  claims: mapClaim,
  mentions: mapMention,
};

/** The quads mapped from some entries, and the YAML position of each subject they describe. */
export interface MappedQuads {
  quads: Quad[];
  provenance: Map<string, SourceSpan>;
}

export interface EntryMapper {
  /** Maps the given entries of each section (and the dataset entry, when given) into quads of their own. */
  map(sections: Partial<Sections>, dataset?: DatasetFact): MappedQuads;
}

/**
 * A mapper over a batch of facts, for mapping it in parts (the partitioned export maps a partition at a time and
 * reads single entries ahead). `outside` tells the kinds of ids, and the labels of entities, described outside
 * `facts` (in other batches).
 */
export function createMapper(facts: Facts, base: string, outside?: Outside): EntryMapper {
  const scope = createScope(facts, base, outside);
  return {
    map(sections, dataset) {
      scope.out = new Emitter();
      if (dataset) mapDataset(scope, dataset);
      for (const section of Object.keys(MAPPERS) as (keyof Sections)[])
        mapSection(scope, section, sections[section] ?? []);
      return { quads: scope.out.quads, provenance: scope.out.provenance };
    },
  };
}

function mapSection<K extends keyof Sections>(scope: MapScope, section: K, entries: Sections[K]): void {
  const map: Mapper<K> = MAPPERS[section];
  for (const entry of entries) map(scope, entry);
}

/** The base IRI of a dataset's resources: the `base` option, else the dataset's, else the default. */
export function resourceBase(dataset: DatasetFact, base?: string): string {
  return base ?? dataset.base ?? defaultBase(DEFAULT_RESOURCE_BASE, dataset.id);
}

/** Maps a dataset's facts under its base IRI (see resourceBase). */
export function mapFacts(facts: Facts, options: { base?: string } = {}): MappedGraph {
  const base = resourceBase(facts.dataset, options.base);
  const { quads, provenance } = createMapper(facts, base).map(facts, facts.dataset);
  return {
    datasetId: facts.dataset.id,
    base,
    prefixes: prefixesFor(base, facts.register?.base),
    quads,
    provenance,
  };
}
