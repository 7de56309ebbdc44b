// `conflict-kg validate`: check the source facts and the SHACL shapes; writes nothing but the report asked for.
import { writeFileSync } from 'node:fs';
import { formatSummary, summarizeGraph } from '../../mapping/summarize-graph.ts';
import { checkDataset } from '../../pipeline.ts';
import { writeTurtle } from '../../serialization/write-turtle.ts';
import { DiagnosticError } from '../../diagnostics.ts';
import { NS } from '../../vocab.ts';
import type { Command } from '../command.ts';
import { dataDirOf } from './data-dir.ts';

export const validate: Command = {
  name: 'validate',
  summary: 'check the source facts and the SHACL shapes; writes nothing (but --report)',
  usage: 'validate [--data DIR] [--base IRI] [--report FILE]\n\n  --report FILE  also write the SHACL validation report (Turtle) to FILE, conforming or not',
  options: { data: { type: 'string' }, base: { type: 'string' }, report: { type: 'string' } },
  async run(args, io) {
    const dataDir = dataDirOf(args);
    const graph = await checkDataset({ dataDir, base: args.values.base as string | undefined });
    const report = args.values.report as string | undefined;
    if (report) writeFileSync(report, writeTurtle(graph.validation.reportQuads, { ...graph.prefixes, sh: NS.sh, ckgsh: NS.ckgsh }));
    if (graph.violations.some((d) => d.severity === 'error')) throw new DiagnosticError(graph.violations);
    io.stdout(`conflict-kg validate: ${graph.datasetId} (${dataDir}) is valid and conforms to the shapes\n${formatSummary(summarizeGraph(graph.quads))}\n`);
    return 0;
  },
};
