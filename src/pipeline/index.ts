// The public face of src/pipeline/: what other folders may import from it.
export { exportPartitioned } from './export-partitioned.ts';
export type { ExportProgress } from './export-partitioned.ts';
export { mapPartitions } from './map-partitions.ts';
export { buildGraph, checkDataset, exportDataset } from './run-pipeline.ts';
export type { BuildOptions, BuiltGraph, CheckedGraph, ExportResult } from './run-pipeline.ts';
export { eachDataset, exportAll } from './export-all.ts';
export type { DatasetOutcome, ExportAllOptions, ExportAllResult } from './export-all.ts';
