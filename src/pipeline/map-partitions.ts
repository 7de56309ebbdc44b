// Maps a dataset batch by batch and partition by partition (a fresh emitter each), so no stage holds the whole graph.
import type { Quad } from 'n3';
import type { Diagnostic, SourceSpan } from '../diagnostics.ts';
import { type FactIndex, type Facts, flat, type Label, loadBatch } from '../source/index.ts';
import { prefixesFor, rdf } from '../vocab.ts';
import { hasPrefix } from '../terms.ts';
import { createMapper, createMinter, mintIri, resourceBase, type MappedQuads } from '../mapping/index.ts';
import { DEFAULT_MAX_ENTRIES, partitionFacts } from './partition-facts.ts';

/** The quads of one partition, and the YAML positions of the subjects it made. */
export interface MappedPartition {
  quads: Quad[];
  provenance: Map<string, SourceSpan>;
  /** The rdf:type triples of held-back hub events made in this partition (their classes are known from here on). */
  heldTypes: Quad[];
  /** The source entries mapped in this partition (none for the held-back hub triples, mapped already). */
  entries: number;
}

export interface PartitionedMapping {
  datasetId: string;
  base: string;
  prefixes: Record<string, string>;
  /** Partitions in order; the quads of hub events are held back and come last, as one partition. */
  partitions: Iterable<MappedPartition>;
  /** The source problems of the batches read so far (a batch with problems is checked, not mapped). */
  diagnostics: Diagnostic[];
}

export interface MapOptions {
  base?: string;
  /** About how many source entries one batch of files, and one partition, holds (default DEFAULT_MAX_ENTRIES). */
  maxEntries?: number;
  /** Wraps the reading of each batch of files (the export times it as its load stage). */
  reading?: <T>(read: () => T) => T;
}

/**
 * Reads the indexed dataset a batch of file groups at a time (pass 2: loadBatch) and maps each batch partition by
 * partition. Citation nodes, described again wherever they are cited, are kept the first time only; the triples of
 * hub events (parents of operations mapped elsewhere) are gathered and given as the last partition.
 */
export function mapPartitions(index: FactIndex, options: MapOptions = {}): PartitionedMapping {
  const base = resourceBase(index.dataset, options.base);
  const diagnostics = [...index.diagnostics];
  return {
    datasetId: index.dataset.id,
    base,
    prefixes: prefixesFor(base, index.register?.base),
    diagnostics,
    partitions: generate(index, base, options, diagnostics),
  };
}

/** Consecutive groups of files, joined while they hold at most `max` entries together. */
export function batchGroups(index: FactIndex, max: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const group of index.groups) {
    const entries = group.reduce((n, f) => n + index.entries[f], 0);
    if (current.length > 0 && size + entries > max) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(...group);
    size += entries;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function* generate(
  index: FactIndex,
  base: string,
  options: MapOptions,
  problems: Diagnostic[],
): Generator<MappedPartition> {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const reading = options.reading ?? ((read) => read());
  const kindOf = (id: string) => index.ids.kind(id);
  const citationBase = mintIri(base, 'citation', '').value;
  const citations = new Set<string>();
  const mint = createMinter(base, index.register);
  const hubIris = new Set([...index.hubs].map((id) => mint('event', id).value));
  const held: MappedPartition = { quads: [], provenance: new Map(), heldTypes: [], entries: 0 };
  const labels = new Map<string, Label>();
  const labelOf = (id: string) => labels.get(id);
  let first = true;
  for (const files of batchGroups(index, maxEntries)) {
    const { facts, diagnostics } = reading(() => loadBatch(index, files));
    problems.push(...diagnostics);
    if (problems.length > 0) continue;
    const { partitions, hubs } = partitionFacts(facts, maxEntries);
    const batchHubs = new Set([...hubIris, ...[...hubs].map((id) => mint('event', id).value)]);
    keepEntityLabels(facts, labels);
    const mapper = createMapper(facts, base, { kindOf, labelOf });
    for (const partition of partitions) {
      const mapped = mapper.map(partition, first ? index.dataset : undefined);
      first = false;
      const entries = Object.values(partition).reduce((n, list) => n + list.length, 0);
      yield { ...split(mapped, batchHubs, held, citationBase, citations), entries };
    }
  }
  if (held.quads.length > 0) yield held;
}

/**
 * Keeps the labels of a batch's actors (collectives too) and places, which the labels of participations and quantities in later
 * batches name (as the type index keeps classes; the files of entities are read first). Events, participations and
 * outcomes are named only within their own cluster, which one batch holds; register entities are in every batch.
 */
function keepEntityLabels(facts: Facts, labels: Map<string, Label>): void {
  for (const e of [...facts.actors, ...facts.collectives, ...facts.places])
    labels.set(flat(e.id), { ko: flat(e.label.ko), en: flat(e.label.en) });
}

/** The partition's own quads: hub triples go to `held`, a citation already written is dropped. */
function split(
  out: MappedQuads,
  hubIris: Set<string>,
  held: MappedPartition,
  citationBase: string,
  citations: Set<string>,
): Omit<MappedPartition, 'entries'> {
  const quads: Quad[] = [];
  const heldTypes: Quad[] = [];
  const fresh = new Set<string>();
  // A subject's triples come together, with one string (one minted term): its case is decided once.
  let last: string | undefined;
  let hub = false;
  let citation = false;
  for (const q of out.quads) {
    const s = q.subject.value;
    if (s !== last) {
      last = s;
      hub = hubIris.has(s);
      citation = hasPrefix(s, citationBase);
    }
    if (hub) {
      held.quads.push(q);
      if (q.predicate.equals(rdf.type)) heldTypes.push(q);
    } else if (!citation) quads.push(q);
    else if (!citations.has(s)) {
      quads.push(q);
      fresh.add(s);
    }
  }
  for (const c of fresh) citations.add(c);
  for (const [s, span] of out.provenance) if (hubIris.has(s)) held.provenance.set(s, span);
  return { quads, provenance: out.provenance, heldTypes };
}
