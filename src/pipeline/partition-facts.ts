// Splits a dataset's facts into mapping partitions of a bounded size: entities, then operation clusters, in batches.
import type { Facts, Sections } from '../source/index.ts';

/**
 * About how many source entries a partition holds by default. Small partitions keep the working set of each stage
 * (quads, validation index, subject blocks) in V8's young generation: at 1M triples, 500 entries (≈5,500 triples)
 * took 15–18 s where 5,000 took 20–22 s, with 40% less peak memory.
 */
export const DEFAULT_MAX_ENTRIES = 500;

/** A slice of the facts to map together: per section, the entries in their file order. */
export type Partition = { [K in keyof Sections]: Sections[K] };

export interface Partitions {
  partitions: Partition[];
  /** Events whose sub-events lie in other partitions: their triples are gathered from several partitions. */
  hubs: Set<string>;
}

type Add = <K extends keyof Sections>(cluster: string, section: K, entry: Sections[K][number]) => void;

const empty = (): Partition => ({
  sources: [],
  actors: [],
  collectives: [],
  places: [],
  placeRelations: [],
  events: [],
  eventRelations: [],
  sides: [],
  participations: [],
  quantities: [],
  outcomes: [],
  claims: [],
  mentions: [],
});
const size = (p: Partition) => Object.values(p).reduce((n, list) => n + list.length, 0);

/**
 * Clusters: an event belongs to its nearest operation (itself, or up its `partOf` chain); sides, participations,
 * outcomes and claims to their event's cluster; quantities to the cluster of what they count; claims without an
 * event to a cluster of their own, last. Sources, actors and places come first. Consecutive clusters (and entities)
 * are batched into partitions of about `maxEntries` entries, so a small dataset is one partition.
 */
export function partitionFacts(facts: Facts, maxEntries = DEFAULT_MAX_ENTRIES): Partitions {
  const eventById = new Map(facts.events.map((e) => [e.id, e]));
  const clusterOf = new Map<string, string>();
  const root = (id: string): string => {
    let found = clusterOf.get(id);
    if (found) return found;
    const e = eventById.get(id)!;
    found = e.class === 'operation' || !e.partOf ? e.id : root(e.partOf);
    clusterOf.set(id, found);
    return found;
  };
  const clusters = new Map<string, Partition>();
  const add: Add = (cluster, section, entry) => {
    let p = clusters.get(cluster);
    if (!p) {
      p = empty();
      clusters.set(cluster, p);
    }
    (p[section] as Sections[typeof section][number][]).push(entry);
  };
  for (const e of facts.events) add(root(e.id), 'events', e);
  const owner = attachFacts(facts, root, add);
  for (const q of facts.quantities) add(owner.get(q.about) ?? '', 'quantities', q);
  const last = clusters.get('');
  clusters.delete('');
  const partitions = batch([entities(facts), ...clusters.values(), ...(last ? [last] : [])], maxEntries);
  return { partitions, hubs: hubsOf(facts, partitions) };
}

/** Adds sides, participations, outcomes and claims to their event's cluster; returns id → cluster for quantities. */
function attachFacts(facts: Facts, root: (id: string) => string, add: Add): Map<string, string> {
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
  for (const r of facts.eventRelations) add(root(r.subject), 'eventRelations', r);
  return owner;
}

/** The sections of entities and of the facts only about them: mapped first, before any event's cluster. */
const ENTITY_SECTIONS = ['sources', 'actors', 'collectives', 'places', 'placeRelations', 'mentions'] as const;

function entities(facts: Facts): Partition {
  const { sources, actors, collectives, places, placeRelations, mentions } = facts;
  return { ...empty(), sources, actors, collectives, places, placeRelations, mentions };
}

/** Fills partitions up to about `max` entries; only the entity lists (the first unit) are cut, clusters stay whole. */
function batch(units: Partition[], max: number): Partition[] {
  const out: Partition[] = [];
  let current = empty();
  const flush = () => {
    if (size(current) > 0) out.push(current);
    current = empty();
  };
  const [entityUnit, ...clusters] = units;
  for (const section of ENTITY_SECTIONS) {
    for (let i = 0; i < entityUnit[section].length; i += max) {
      if (size(current) >= max) flush();
      (current[section] as unknown[]).push(...entityUnit[section].slice(i, i + max));
    }
  }
  for (const unit of clusters) {
    if (size(current) > 0 && size(current) + size(unit) > max) flush();
    for (const section of Object.keys(unit) as (keyof Sections)[])
      (current[section] as unknown[]).push(...unit[section]);
  }
  flush();
  return out;
}

/** Events with a sub-event mapped in another partition than their own. */
function hubsOf(facts: Facts, partitions: Partition[]): Set<string> {
  const partitionOf = new Map<string, number>();
  for (const [i, p] of partitions.entries()) {
    for (const e of p.events) partitionOf.set(e.id, i);
    for (const m of p.mentions) if (m.kind === 'event') partitionOf.set(m.id, i);
  }
  const hubs = new Set<string>();
  for (const e of [...facts.events, ...facts.mentions])
    if (e.partOf && partitionOf.get(e.partOf) !== partitionOf.get(e.id)) hubs.add(e.partOf);
  return hubs;
}
