// Where the stages are chained: source → mapping → validation on the whole graph (checkDataset, buildGraph), and
// source → mapping → validation → serialization partition by partition (exportDataset, what build and validate run).
import type { Quad } from 'n3';
import { isAbsoluteIri } from '../terms.ts';
import { DiagnosticError, error, type Diagnostic, quote } from '../diagnostics.ts';
import { loadFacts } from '../source/index.ts';
import { createSummary, type GraphSummary, mapFacts, type MappedGraph } from '../mapping/index.ts';
import { loadShapes, reportToDiagnostics, validateGraph, type ValidationOutcome } from '../validation/index.ts';
import { type ExportProgress, exportPartitioned } from './export-partitioned.ts';

export interface BuildOptions {
  /** The dataset folder (`data/qalamoun-2017`). */
  dataDir: string;
  /** Overrides the base IRI the dataset declares; must end with `/` or `#`. */
  base?: string;
  /** The folder of SHACL shapes (default: the project's `shapes/`). */
  shapesDir?: string;
  /** The ontology `exportDataset` writes beside the data (default: the project's `ontology/conflict-kg.ttl`). */
  ontologyFile?: string;
}

export interface BuiltGraph extends MappedGraph {
  validation: ValidationOutcome;
}

function checkBase(base: string): void {
  if (!isAbsoluteIri(base) || !/[/#]$/.test(base)) {
    throw new DiagnosticError([
      error('E_USAGE', `expected --base to be an absolute IRI ending with / or #, found ${quote(base)}`),
    ]);
  }
}

export interface CheckedGraph extends BuiltGraph {
  /** One diagnostic per SHACL result, at the YAML entry that produced the offending node. */
  violations: Diagnostic[];
}

/**
 * Loads, maps and validates a dataset, returning the SHACL results as diagnostics instead of throwing on them.
 * @throws DiagnosticError for bad input (at YAML positions) or a bad --base.
 */
export async function checkDataset(options: BuildOptions): Promise<CheckedGraph> {
  if (options.base !== undefined) checkBase(options.base);
  const graph = mapFacts(loadFacts(options.dataDir), { base: options.base });
  const validation = await validateGraph(graph.quads, loadShapes(options.shapesDir), {
    reportBase: `${graph.base}validation/`,
  });
  return { ...graph, validation, violations: reportToDiagnostics(validation, graph) };
}

/**
 * Loads, maps and validates a dataset.
 * @throws DiagnosticError for bad input (at YAML positions) and for SHACL violations (at the YAML of the offending fact).
 */
export async function buildGraph(options: BuildOptions): Promise<BuiltGraph> {
  const { violations, ...graph } = await checkDataset(options);
  if (violations.some((d) => d.severity === 'error')) throw new DiagnosticError(violations);
  return graph;
}

export interface ExportResult {
  datasetId: string;
  /** The files written (none when no `outDir` was given). */
  files: { name: string; bytes: number }[];
  summary: GraphSummary;
}

/**
 * Checks a dataset partition by partition (mapped, then checked with the compiled SHACL validator, proven equal to
 * rdf-validate-shacl) and, given an `outDir`, writes Turtle, N-Triples, JSON-LD (+ context) and the SHACL report
 * there. Memory stays bounded whatever the size; a small dataset is one partition, byte-identical to
 * serializeGraph's output. `build` runs it with an `outDir`, `validate` without.
 * @throws DiagnosticError for bad input or SHACL violations; then `outDir` is left exactly as it was.
 */
export async function exportDataset(
  options: BuildOptions & {
    outDir?: string;
    onProgress?: (progress: ExportProgress) => void;
    /** Called with each partition's quads once they are checked and handed to the writers. */
    afterPartition?: (quads: readonly Quad[]) => void;
  },
): Promise<ExportResult> {
  if (options.base !== undefined) checkBase(options.base);
  const summary = createSummary();
  const afterPartition = (quads: readonly Quad[]) => {
    summary.add(quads);
    options.afterPartition?.(quads);
  };
  const result = await exportPartitioned({ ...options, afterPartition });
  return { datasetId: result.datasetId, files: result.files, summary: summary.result() };
}
