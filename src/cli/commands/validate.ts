// `conflict-kg validate`: check the source facts and the SHACL shapes of every dataset of data/ (or of one, --data);
// writes nothing but the report asked for.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatSummary, summarizeGraph, type GraphSummary } from '../../mapping/index.ts';
import { checkDataset, eachDataset, exportDataset } from '../../pipeline/index.ts';
import { writeTurtle } from '../../serialization/index.ts';
import { DiagnosticError, formatDiagnostic, sortDiagnostics } from '../../diagnostics.ts';
import { NS } from '../../vocab.ts';
import { type Command, UsageError } from '../command.ts';
import { EXIT, exitCodeOf } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { createProgress, showExport } from '../progress.ts';
import { DATA_ROOT } from './data-dir.ts';

export const validate: Command = {
  name: 'validate',
  usage:
    'validate [--data DIR [--base IRI] [--report FILE]] [--quiet]\n\n  Checks partition by partition with the compiled SHACL validator, as build does, at any size.\n  --data DIR     one dataset folder (default: every folder of data/ holding a dataset.yaml, one line each;\n                 the exit code is the worst of theirs)\n  --report FILE  also write the SHACL validation report (Turtle) to FILE, conforming or not; this runs\n                 rdf-validate-shacl on the whole graph in memory\n  --quiet        no progress line on a terminal',
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    report: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const dataDir = args.values.data as string | undefined;
    const base = args.values.base as string | undefined;
    const report = args.values.report as string | undefined;
    if (dataDir === undefined) {
      if (base !== undefined) throw new UsageError('--base applies to one dataset: give --data DIR with it');
      if (report !== undefined) throw new UsageError('--report applies to one dataset: give --data DIR with it');
      return validateAll(io, args.values.quiet === true);
    }
    let summary: GraphSummary;
    let datasetId: string;
    if (report) {
      // The report is rdf-validate-shacl's, on the whole graph: the reference engine, for a dataset that fits in memory.
      const graph = await checkDataset({ dataDir: resolve(io.cwd, dataDir), base });
      writeFileSync(
        report,
        writeTurtle(graph.validation.reportQuads, { ...graph.prefixes, sh: NS.sh, ckgsh: NS.ckgsh }),
      );
      if (graph.violations.some((d) => d.severity === 'error')) throw new DiagnosticError(graph.violations);
      [summary, datasetId] = [summarizeGraph(graph.quads), graph.datasetId];
    } else {
      const progress = createProgress(io, 'validate', args.values.quiet === true);
      ({ summary, datasetId } = await exportDataset({
        dataDir: resolve(io.cwd, dataDir),
        base,
        onProgress: showExport(progress),
      }).finally(() => progress.end()));
    }
    io.stdout(
      `conflict-kg validate: ${datasetId} (${dataDir}) is valid and conforms to the shapes\n${formatSummary(summary)}\n`,
    );
    return 0;
  },
};

/**
 * Every dataset of data/, each checked even when another fails: its problems (stderr), then one line saying whether
 * it is valid (stdout). The exit code is the worst dataset's (exitCodeOf of all their problems).
 */
async function validateAll(io: Io, quiet: boolean): Promise<number> {
  const progress = createProgress(io, 'validate', quiet);
  const show = showExport(progress);
  const outcomes = await eachDataset({
    dataRoot: resolve(io.cwd, DATA_ROOT),
    onProgress: (_, p) => p && show(p),
  }).finally(() => progress.end());
  const problems = outcomes.flatMap((o) => o.problems ?? []);
  for (const o of outcomes) {
    const folder = relative(io.cwd, o.dataDir) || o.dataDir;
    if (o.result) {
      const { datasetId, summary } = o.result;
      io.stdout(
        `conflict-kg validate: ${datasetId} (${folder}) is valid and conforms to the shapes, ${summary.triples} triples\n`,
      );
      continue;
    }
    for (const d of sortDiagnostics(o.problems)) io.stderr(`${formatDiagnostic(d)}\n`);
    const n = o.problems.filter((d) => d.severity === 'error').length;
    io.stdout(`conflict-kg validate: ${folder} is not valid: ${n} error${n === 1 ? '' : 's'}\n`);
  }
  return problems.length > 0 ? exitCodeOf(problems) : EXIT.ok;
}
