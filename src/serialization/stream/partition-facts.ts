// Splits a dataset's facts into mapping partitions: entities in chunks, then one cluster per operation with everything attached to it.
import type { Facts, Sections } from '../../source/facts.ts';

/** A slice of the facts to map together: per section, the entries in their file order. */
export type Partition = { [K in keyof Sections]: Sections[K] };

export interface Partitions {
  /** Entities first (sources, actors, places), then event clusters in the order of their first event. */
  partitions: Iterable<Partition>;
  /** Events whose sub-events lie in other clusters: their triples are gathered from several partitions. */
  hubs: Set<string>;
}

const empty = (): Partition => ({ sources: [], actors: [], places: [], events: [], sides: [], participations: [], quantities: [], outcomes: [], claims: [] });

/**
 * Clusters: an event belongs to its nearest operation (itself, or up its `partOf` chain); sides, participations,
 * outcomes and claims to their event's cluster; quantities to the cluster of what they count. Claims without an
 * event go into a last partition.
 */
export function partitionFacts(facts: Facts, entitiesPerChunk = 5000): Partitions {
  const eventById = new Map(facts.events.map((e) => [e.id, e]));
  const clusterOf = new Map<string, string>();
  const root = (id: string): string => {
    const known = clusterOf.get(id);
    if (known) return known;
    const e = eventById.get(id)!;
    const found = e.class === 'operation' || !e.partOf ? e.id : root(e.partOf);
    clusterOf.set(id, found);
    return found;
  };
  const clusters = new Map<string, Partition>();
  const add = <K extends keyof Sections>(cluster: string, section: K, entry: Sections[K][number]) => {
    let p = clusters.get(cluster);
    if (!p) clusters.set(cluster, (p = empty()));
    (p[section] as Sections[K][number][]).push(entry);
  };
  const hubs = new Set<string>();
  for (const e of facts.events) {
    add(root(e.id), 'events', e);
    if (e.partOf && root(e.partOf) !== root(e.id)) hubs.add(e.partOf);
  }
  const ownerCluster = attachFacts(facts, root, add);
  for (const q of facts.quantities) add(ownerCluster.get(q.about) ?? '', 'quantities', q);
  return { partitions: ordered(facts, clusters, entitiesPerChunk), hubs };
}

/** Adds sides, participations, outcomes and claims to their event's cluster; returns id → cluster for quantities. */
function attachFacts(facts: Facts, root: (id: string) => string, add: <K extends keyof Sections>(c: string, s: K, e: Sections[K][number]) => void) {
  const owner = new Map<string, string>();
  for (const e of facts.events) owner.set(e.id, root(e.id));
  for (const section of ['sides', 'participations', 'outcomes'] as const) {
    for (const entry of facts[section]) {
      const cluster = root(entry.event);
      owner.set(entry.id, cluster);
      add(cluster, section, entry);
    }
  }
  for (const c of facts.claims) add(c.event ? root(c.event) : '', 'claims', c);
  return owner;
}

function* ordered(facts: Facts, clusters: Map<string, Partition>, chunk: number): Generator<Partition> {
  for (const section of ['sources', 'actors', 'places'] as const) {
    for (let i = 0; i < facts[section].length; i += chunk) {
      const p = empty();
      (p[section] as unknown[]) = facts[section].slice(i, i + chunk);
      yield p;
    }
  }
  const last = clusters.get('');
  clusters.delete('');
  yield* clusters.values();
  if (last) yield last;
}
