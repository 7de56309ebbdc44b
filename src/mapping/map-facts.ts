// Stage 2: maps checked source facts to RDF quads (no blank nodes), section by section, through one table.
import type { Quad } from 'n3';
import type { SourceSpan } from '../diagnostics.ts';
import type { Facts, Sections } from '../source/facts.ts';
import { DEFAULT_RESOURCE_BASE, prefixesFor } from '../vocab.ts';
import { createContext, type MapContext } from './context.ts';
import { mapActor, mapDataset, mapPlace, mapSource } from './map-entities.ts';
import { mapEvent } from './map-event.ts';
import { mapParticipation, mapSide } from './map-participation.ts';
import { mapQuantity } from './map-quantity.ts';
import { mapClaim, mapOutcome } from './map-outcome.ts';
import { defaultBase } from './mint-iri.ts';

export interface MappedGraph {
  datasetId: string;
  base: string;
  prefixes: Record<string, string>;
  quads: Quad[];
  /** Subject IRI → the YAML position of the entry that produced it (for SHACL messages). */
  provenance: Map<string, SourceSpan>;
}

export type Mapper<K extends keyof Sections> = (ctx: MapContext, entry: Sections[K][number]) => void;

/** One mapping function per section; the order only affects insertion order (the writers sort). */
export const MAPPERS: { [K in keyof Sections]: Mapper<K> } = {
  sources: mapSource,
  actors: mapActor,
  places: mapPlace,
  events: mapEvent,
  sides: mapSide,
  participations: mapParticipation,
  quantities: mapQuantity,
  outcomes: mapOutcome,
  claims: mapClaim,
};

/** Maps a dataset's facts under its base IRI (the `base` option, else the dataset's, else the default). */
export function mapFacts(facts: Facts, options: { base?: string } = {}): MappedGraph {
  const base = options.base ?? facts.dataset.base ?? defaultBase(DEFAULT_RESOURCE_BASE, facts.dataset.id);
  const ctx = createContext(facts, base);
  mapDataset(ctx, facts.dataset);
  for (const section of Object.keys(MAPPERS) as (keyof Sections)[]) {
    const map = MAPPERS[section] as Mapper<typeof section>;
    for (const entry of facts[section]) map(ctx, entry as never);
  }
  return { datasetId: facts.dataset.id, base, prefixes: prefixesFor(base), quads: ctx.out.quads, provenance: ctx.out.provenance };
}
