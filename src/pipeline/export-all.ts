// Exports every dataset of a data folder into one output folder, then the union of their graphs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { DiagnosticError, type Diagnostic, error, quote } from '../diagnostics.ts';
import { findDatasets } from '../source/index.ts';
import { serializeUnion } from '../serialization/index.ts';
import { UNION_FILE } from '../vocab.ts';
import type { ExportProgress } from './export-partitioned.ts';
import { type ExportResult, exportDataset } from './run-pipeline.ts';

export interface ExportAllOptions {
  /** The folder whose direct sub-folders holding a `dataset.yaml` are the datasets (`data/`). */
  dataRoot: string;
  outDir: string;
  shapesDir?: string;
  ontologyFile?: string;
  /** Called with the dataset folder before it is exported, then with its progress. */
  onProgress?: (dataDir: string, progress?: ExportProgress) => void;
}

export interface ExportAllResult {
  /** One per dataset, in the order of their folders' names. */
  datasets: (ExportResult & { dataDir: string })[];
  /** The union's files (`conflict-kg.ttl`, `.nt`, `.jsonld`). */
  union: { name: string; bytes: number }[];
  /** Triples in the union: the datasets' triples, each once. */
  unionTriples: number;
}

/** What became of one dataset of a data folder: its result, or its problems. */
export type DatasetOutcome = { dataDir: string } & (
  | { result: ExportResult; problems?: undefined }
  | { result?: undefined; problems: Diagnostic[] }
);

/**
 * Checks every dataset of `dataRoot` (exportDataset), in the order of their folders' names, and, given an `outDir`,
 * writes each one's files there; one failing does not stop the others. A dataset whose id another folder declared
 * before, or named as the union, fails with E_SOURCE_DATASET. `build` runs it with an `outDir` (exportAll),
 * `validate` without.
 */
export async function eachDataset(
  options: Omit<ExportAllOptions, 'outDir'> & {
    outDir?: string;
    /** Called with each partition's quads once they are checked and handed to the writers. */
    afterPartition?: (quads: readonly Quad[]) => void;
  },
): Promise<DatasetOutcome[]> {
  const outcomes: DatasetOutcome[] = [];
  const folderOf = new Map<string, string>();
  for (const dataDir of findDatasets(options.dataRoot)) {
    options.onProgress?.(dataDir);
    try {
      const result = await exportDataset({
        dataDir,
        outDir: options.outDir,
        shapesDir: options.shapesDir,
        ontologyFile: options.ontologyFile,
        onProgress: (p) => options.onProgress?.(dataDir, p),
        afterPartition: options.afterPartition,
      });
      const problems: Diagnostic[] = [];
      const other = folderOf.get(result.datasetId);
      if (other !== undefined)
        problems.push(
          error(
            'E_SOURCE_DATASET',
            `expected one folder per dataset id, found ${quote(result.datasetId)} in ${other} and ${dataDir}`,
          ),
        );
      if (result.datasetId === UNION_FILE)
        problems.push(
          error(
            'E_SOURCE_DATASET',
            `expected a dataset id other than ${quote(UNION_FILE)} (the union's name), in ${dataDir}`,
          ),
        );
      if (other === undefined) folderOf.set(result.datasetId, dataDir);
      outcomes.push(problems.length > 0 ? { dataDir, problems } : { dataDir, result });
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      outcomes.push({ dataDir, problems: e.diagnostics });
    }
  }
  return outcomes;
}

/**
 * Exports each dataset (eachDataset) into `outDir`, then writes the union of their graphs (the quads they wrote)
 * in every format (serializeUnion). Every dataset is checked even when one fails, and every problem is reported.
 * @throws DiagnosticError with the problems of every failing dataset, or E_SOURCE_DATASET when two folders declare
 *   the same dataset id (or one named as the union); the caller discards `outDir` then (writeOutputFolder), so nothing is written.
 */
export async function exportAll(options: ExportAllOptions): Promise<ExportAllResult> {
  // The union's quads, kept as each dataset's partitions go by (reading back the N-Triples just written cost a parse).
  const quads: Quad[] = [];
  const outcomes = await eachDataset({
    ...options,
    afterPartition: (partition) => {
      for (const q of partition) quads.push(q);
    },
  });
  const problems = outcomes.flatMap((o) => o.problems ?? []);
  if (problems.length > 0) throw new DiagnosticError(problems);
  const datasets = outcomes.map((o) => ({ ...o.result!, dataDir: o.dataDir }));
  const union: ExportAllResult['union'] = [];
  let unionTriples = 0;
  for (const [name, text] of serializeUnion(quads)) {
    writeFileSync(join(options.outDir, name), text);
    union.push({ name, bytes: Buffer.byteLength(text) });
    if (name.endsWith('.nt')) unionTriples = text === '' ? 0 : text.split('\n').length - 1;
  }
  return { datasets, union, unionTriples };
}
