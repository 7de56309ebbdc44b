// Maps a dataset partition by partition (a fresh emitter each), so no stage holds the whole graph's quads.
import type { Quad } from 'n3';
import type { SourceSpan } from '../../diagnostics.ts';
import type { Facts, Sections } from '../../source/facts.ts';
import { DEFAULT_RESOURCE_BASE, prefixesFor, rdf } from '../../vocab.ts';
import { createContext, type MapContext } from '../../mapping/context.ts';
import { Emitter } from '../../mapping/emitter.ts';
import { defaultBase, mintIri } from '../../mapping/mint-iri.ts';
import { mapActor, mapDataset, mapPlace, mapSource } from '../../mapping/map-entities.ts';
import { mapEvent } from '../../mapping/map-event.ts';
import { mapParticipation, mapSide } from '../../mapping/map-participation.ts';
import { mapQuantity } from '../../mapping/map-quantity.ts';
import { mapClaim, mapOutcome } from '../../mapping/map-outcome.ts';
import { partitionFacts, type Partition } from './partition-facts.ts';

type Mapper<K extends keyof Sections> = (ctx: MapContext, entry: Sections[K][number]) => void;

/** The same table, in the same order, as mapFacts. */
const MAPPERS: { [K in keyof Sections]: Mapper<K> } = {
  sources: mapSource, actors: mapActor, places: mapPlace, events: mapEvent, sides: mapSide,
  participations: mapParticipation, quantities: mapQuantity, outcomes: mapOutcome, claims: mapClaim,
};

/** The quads of one partition, and the YAML positions of the subjects it made. */
export interface MappedPartition {
  quads: Quad[];
  provenance: Map<string, SourceSpan>;
  /** The rdf:type triples of held-back hub events made in this partition (their classes are known from here on). */
  heldTypes: Quad[];
}

export interface PartitionedMapping {
  datasetId: string;
  base: string;
  prefixes: Record<string, string>;
  /** Partitions in order; the quads of hub events are held back and come last, as one partition. */
  partitions: Iterable<MappedPartition>;
}

/**
 * Maps the facts partition by partition. Citation nodes, described again wherever they are cited, are kept the
 * first time only; the triples of hub events (parents of operations) are gathered and given as the last partition.
 */
export function mapPartitions(facts: Facts, options: { base?: string; maxEntries?: number } = {}): PartitionedMapping {
  const base = options.base ?? facts.dataset.base ?? defaultBase(DEFAULT_RESOURCE_BASE, facts.dataset.id);
  const { partitions, hubs } = partitionFacts(facts, options.maxEntries);
  const hubIris = new Set([...hubs].map((id) => mintIri(base, 'event', id).value));
  return { datasetId: facts.dataset.id, base, prefixes: prefixesFor(base), partitions: generate(facts, base, partitions, hubIris) };
}

function* generate(facts: Facts, base: string, partitions: Iterable<Partition>, hubIris: Set<string>): Generator<MappedPartition> {
  const ctx = createContext(facts, base);
  const citationBase = mintIri(base, 'citation', '').value;
  const citations = new Set<string>();
  const held: MappedPartition = { quads: [], provenance: new Map(), heldTypes: [] };
  let first = true;
  for (const partition of partitions) {
    ctx.out = new Emitter();
    if (first) mapDataset(ctx, facts.dataset);
    first = false;
    for (const section of Object.keys(MAPPERS) as (keyof Sections)[]) {
      const map = MAPPERS[section] as Mapper<typeof section>;
      for (const entry of partition[section]) map(ctx, entry as never);
    }
    const quads: Quad[] = [];
    const heldTypes: Quad[] = [];
    const fresh = new Set<string>();
    for (const q of ctx.out.quads) {
      const s = q.subject.value;
      if (hubIris.has(s)) {
        held.quads.push(q);
        if (q.predicate.equals(rdf.type)) heldTypes.push(q);
      }
      else if (!s.startsWith(citationBase)) quads.push(q);
      else if (!citations.has(s)) (quads.push(q), fresh.add(s));
    }
    for (const c of fresh) citations.add(c);
    for (const [s, span] of ctx.out.provenance) if (hubIris.has(s)) held.provenance.set(s, span);
    yield { quads, provenance: ctx.out.provenance, heldTypes };
  }
  if (held.quads.length > 0) yield held;
}
