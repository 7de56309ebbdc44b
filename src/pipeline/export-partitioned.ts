// Exports a dataset partition by partition: map, check with the compiled SHACL validator, append to the three files.
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, type Quad } from 'n3';
import { rdf, sh, xsd } from '../vocab.ts';
import { hasPrefix } from '../terms.ts';
import {
  createCompiledValidator,
  loadShapes,
  reportToDiagnostics,
  type ShapeResult,
  skolemizeReport,
  toShapeResults,
} from '../validation/index.ts';
import { type Format, serializeGraph } from '../serialization/index.ts';
import { DiagnosticError, type Diagnostic } from '../diagnostics.ts';
import { scanFacts, type FactIndex } from '../source/index.ts';
import { mapPartitions, type MappedPartition } from './map-partitions.ts';
import { TypeIndex } from './type-index.ts';
import { createReadAhead } from './read-ahead.ts';
import { openPartitionWriter } from './partition-writer.ts';
import { DEFAULT_MAX_ENTRIES } from './partition-facts.ts';
import { vocabularyFiles } from './vocabulary-files.ts';

const { blankNode, literal, quad } = DataFactory;

export interface PartitionedExportOptions {
  dataDir: string;
  /** Where to write the files; without it the facts are only checked, and nothing is written. */
  outDir?: string;
  base?: string;
  shapesDir?: string;
  /** The ontology exported beside the data (default: the project's `ontology/conflict-kg.ttl`). */
  ontologyFile?: string;
  /** Reject impossible calendar dates in xsd:date literals (default true). */
  strictDates?: boolean;
  /** About how many source entries one partition holds (default 500); smaller partitions use less memory. */
  maxEntries?: number;
  /** Called once pass 1 has indexed the files, before the batches are read and mapped (benchmarks read its memory). */
  afterLoad?: (index: FactIndex) => void;
  /** Called after each partition is written, with its quads (benchmarks measure the live memory of the loop there). */
  afterPartition?: (quads: readonly Quad[]) => void;
  /** Called after each partition with how far the export has come (the CLI shows it on a terminal). */
  onProgress?: (progress: ExportProgress) => void;
  /**
   * Write in a worker thread while this one maps and validates the next partition: true where one can start
   * (compiled JavaScript, two cores or more), false never; by default unless the machine is crowded
   * (openPartitionWriter). The files are the same bytes either way.
   */
  parallel?: boolean;
  /** The writer thread's compiled script (default: write-worker.js beside this module, when that is JavaScript). */
  writerScript?: URL;
}

/** How far a partitioned export has come: partitions and triples done, source entries done of all. */
export interface ExportProgress {
  partitions: number;
  triples: number;
  entries: number;
  totalEntries: number;
}

/** `handoff`: handing partitions to the writer thread (encoding, waiting for room, decoding there). */
export type Stage = 'load' | 'map' | 'validate' | 'handoff' | Format;

export interface PartitionedExportResult {
  datasetId: string;
  files: { name: string; bytes: number }[];
  triples: number;
  partitions: number;
  /** Triples whose check waited for the end (they point at resources described later). */
  deferredTriples: number;
  /** Resources pointed at before the partition that describes them, whose classes were read ahead from their files. */
  readAhead: number;
  results: ShapeResult[];
  /** Resources whose classes the type index holds at the end (for sh:class checks across partitions). */
  typedResources: number;
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
  /** Whether a writer thread wrote the files while this one mapped and validated. */
  writerThread: boolean;
}

/**
 * The partitioned export. Files are written as `.part` and renamed when every partition conforms; then
 * `<id>.validation.ttl` holds the (conforming) report, as in the whole-graph export.
 * @throws DiagnosticError for bad source facts, or with one E_SHACL_VIOLATION per violation (then nothing is written).
 */
export async function exportPartitioned(options: PartitionedExportOptions): Promise<PartitionedExportResult> {
  const timings: Record<Stage, number> = {
    load: 0,
    map: 0,
    validate: 0,
    handoff: 0,
    turtle: 0,
    ntriples: 0,
    jsonld: 0,
  };
  const time = stopwatch(timings);
  const index = time('load', () => scanFacts(options.dataDir));
  options.afterLoad?.(index);
  const validatorShapes = loadShapes(options.shapesDir);
  // Read before anything is written: a broken ontology file stops the build as early as broken shapes do.
  const vocabulary = options.outDir === undefined ? undefined : vocabularyFiles(options.ontologyFile);
  const validator = time('validate', () => createCompiledValidator(validatorShapes));
  const reading = <T>(read: () => T) => time('load', read);
  const mapping = mapPartitions(index, { base: options.base, maxEntries: options.maxEntries, reading });
  const { datasetId, prefixes } = mapping;
  // One partition has nothing to overlap: a writer thread would only add its start-up to a small build.
  const totalEntries = index.entries.reduce((n, e) => n + e, 0);
  const partitioned = totalEntries > (options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  const parallel = partitioned ? options.parallel : false;
  const files =
    options.outDir === undefined
      ? undefined
      : openPartitionWriter(
          { outDir: options.outDir, datasetId, prefixes },
          { parallel, script: options.writerScript },
        );
  const types = new TypeIndex(mapping.base, index.ids);
  const readAhead = createReadAhead(index, mapping.base);
  const check = (p: MappedPartition) => checkPartition(p, validator, types, options.strictDates ?? true, mapping);
  const state: LoopState = { results: [], diagnostics: [], deferred: [], triples: 0, partitions: 0, readAhead: 0 };
  // An error thrown on the way (a bug, a file system failure) must not leave a writer thread running.
  try {
    let entries = 0;
    const iterator = mapping.partitions[Symbol.iterator]();
    for (let next = time('map', () => iterator.next()); !next.done; next = time('map', () => iterator.next())) {
      const partition = next.value;
      state.partitions++;
      state.triples += partition.quads.length;
      const ahead = time('validate', () => {
        types.addFrom(partition.quads);
        types.addFrom(partition.heldTypes);
        return unknownObjects(partition.quads, types, mapping.base);
      });
      // Resources of the dataset described later: their classes are read ahead; what stays unknown waits for the end.
      if (ahead.length > 0) {
        const typed = time('load', () => readAhead(ahead));
        state.readAhead += new Set(typed.map((q) => q.subject.value)).size;
        time('validate', () => types.addFrom(typed));
      }
      if (ahead.length > 0 && unknownObjects(partition.quads, types, mapping.base).length > 0)
        state.deferred.push(partition);
      else
        collect(
          state,
          time('validate', () => check(partition)),
        );
      await files?.add(partition.quads);
      options.afterPartition?.(partition.quads);
      entries += partition.entries;
      options.onProgress?.({ partitions: state.partitions, triples: state.triples, entries, totalEntries });
    }
    if (mapping.diagnostics.length > 0) {
      if (files) discard(options.outDir!, (await files.close()).files);
      throw new DiagnosticError(mapping.diagnostics);
    }
    for (const p of state.deferred)
      collect(
        state,
        time('validate', () => check(p)),
      );
    if (state.results.length === 0)
      files?.extra(`${mapping.datasetId}.validation.ttl`, conformingReport(mapping, validatorShapes));
    for (const [name, text] of vocabulary ?? []) files?.extra(name, text);
  } catch (e) {
    files?.abort();
    throw e;
  }
  const written = await files?.close();
  if (written) Object.assign(timings, written.timings, { handoff: written.handoffMs });
  return {
    ...finish(options.outDir ?? '', written?.files ?? [], state, timings, mapping.datasetId),
    typedResources: types.size,
    writerThread: written?.inThread ?? false,
  };
}

interface LoopState {
  results: ShapeResult[];
  diagnostics: Diagnostic[];
  /** Partitions pointing at resources described later: checked at the end. */
  deferred: MappedPartition[];
  triples: number;
  partitions: number;
  /** Resources pointed at before the partition that describes them, whose classes were read ahead. */
  readAhead: number;
}

function collect(state: LoopState, outcome: { results: ShapeResult[]; diagnostics: Diagnostic[] }): void {
  state.results.push(...outcome.results);
  state.diagnostics.push(...outcome.diagnostics);
}

/** The report of a graph that conforms, named and written exactly as the whole-graph export does (serializeGraph). */
function conformingReport(
  mapping: { datasetId: string; base: string; prefixes: Record<string, string> },
  shapes: Quad[],
): string {
  const report = blankNode('report');
  const quads = [quad(report, rdf.type, sh.ValidationReport), quad(report, sh.conforms, literal('true', xsd.boolean))];
  const named = skolemizeReport(quads, shapes, `${mapping.base}validation/`);
  return serializeGraph({ ...mapping, quads: [], provenance: new Map() }, named).get(
    `${mapping.datasetId}.validation.ttl`,
  )!;
}

function checkPartition(
  p: MappedPartition,
  validator: ReturnType<typeof createCompiledValidator>,
  types: TypeIndex,
  strictDates: boolean,
  mapping: { datasetId: string; base: string; prefixes: Record<string, string> },
) {
  const index = validator.index(p.quads, (iri) => types.get(iri));
  const results = toShapeResults(validator.validate(index, { strictDates }), validator.compiled);
  const graph = { ...mapping, quads: p.quads, provenance: p.provenance };
  return {
    results,
    diagnostics: reportToDiagnostics({ conforms: results.length === 0, results, reportQuads: [] }, graph),
  };
}

/** The resources of the dataset a partition points at whose classes are not known yet, each once. */
function unknownObjects(quads: readonly Quad[], types: TypeIndex, base: string): string[] {
  const unknown = new Set<string>();
  for (const q of quads)
    if (q.object.termType === 'NamedNode' && hasPrefix(q.object.value, base) && !types.has(q.object.value))
      unknown.add(q.object.value);
  return [...unknown];
}

/** Times stages; a stage timed inside another (reading a batch while mapping) is not counted twice. */
function stopwatch(timings: Record<Stage, number>) {
  let nested = 0;
  return <T>(stage: Stage, f: () => T): T => {
    const t = performance.now();
    const before = nested;
    try {
      return f();
    } finally {
      const spent = performance.now() - t;
      timings[stage] += spent - (nested - before);
      nested = before + spent;
    }
  };
}

function discard(outDir: string, written: { name: string; bytes: number }[]): void {
  for (const f of written) rmSync(join(outDir, `${f.name}.part`), { force: true });
}

function finish(
  outDir: string,
  written: { name: string; bytes: number }[],
  state: LoopState,
  timings: Record<Stage, number>,
  datasetId: string,
): Omit<PartitionedExportResult, 'typedResources' | 'writerThread'> {
  if (state.diagnostics.some((d) => d.severity === 'error')) {
    discard(outDir, written);
    throw new DiagnosticError(state.diagnostics);
  }
  for (const f of written) renameSync(join(outDir, `${f.name}.part`), join(outDir, f.name));
  const deferredTriples = state.deferred.reduce((n, p) => n + p.quads.length, 0);
  return {
    datasetId,
    files: written,
    triples: state.triples,
    partitions: state.partitions,
    deferredTriples,
    readAhead: state.readAhead,
    results: state.results,
    timings,
  };
}
