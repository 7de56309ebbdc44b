// `conflict-kg validate`: check the source facts and the SHACL shapes; writes nothing but the report asked for.
import { writeFileSync } from 'node:fs';
import { formatSummary, summarizeGraph, type GraphSummary } from '../../mapping/index.ts';
import { checkDataset, exportDataset } from '../../pipeline/index.ts';
import { writeTurtle } from '../../serialization/index.ts';
import { DiagnosticError } from '../../diagnostics.ts';
import { NS } from '../../vocab.ts';
import type { Command } from '../command.ts';
import { createProgress, showExport } from '../progress.ts';
import { dataDirOf } from './data-dir.ts';

export const validate: Command = {
  name: 'validate',
  usage:
    'validate [--data DIR] [--base IRI] [--report FILE] [--quiet]\n\n  Checks partition by partition with the compiled SHACL validator, as build does, at any size.\n  --report FILE  also write the SHACL validation report (Turtle) to FILE, conforming or not; this runs\n                 rdf-validate-shacl on the whole graph in memory\n  --quiet        no progress line on a terminal',
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    report: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const dataDir = dataDirOf(args);
    const base = args.values.base as string | undefined;
    const report = args.values.report as string | undefined;
    let summary: GraphSummary;
    let datasetId: string;
    if (report) {
      // The report is rdf-validate-shacl's, on the whole graph: the reference engine, for a dataset that fits in memory.
      const graph = await checkDataset({ dataDir, base });
      writeFileSync(
        report,
        writeTurtle(graph.validation.reportQuads, { ...graph.prefixes, sh: NS.sh, ckgsh: NS.ckgsh }),
      );
      if (graph.violations.some((d) => d.severity === 'error')) throw new DiagnosticError(graph.violations);
      [summary, datasetId] = [summarizeGraph(graph.quads), graph.datasetId];
    } else {
      const progress = createProgress(io, 'validate', args.values.quiet === true);
      ({ summary, datasetId } = await exportDataset({ dataDir, base, onProgress: showExport(progress) }).finally(() =>
        progress.end(),
      ));
    }
    io.stdout(
      `conflict-kg validate: ${datasetId} (${dataDir}) is valid and conforms to the shapes\n${formatSummary(summary)}\n`,
    );
    return 0;
  },
};
