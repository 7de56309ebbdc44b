// `conflict-kg build`: load, map, validate and write the dataset's linked data into dist/, then print a summary.
import { formatSummary } from '../../mapping/index.ts';
import { exportDataset } from '../../pipeline/index.ts';
import type { Command } from '../command.ts';
import { createProgress, showExport } from '../progress.ts';
import { dataDirOf } from './data-dir.ts';

export const build: Command = {
  name: 'build',
  usage:
    'build [--data DIR] [--out DIR] [--base IRI] [--quiet]\n\n  --data DIR   the dataset folder (default: data/qalamoun-2017)\n  --out DIR    where to write (default: dist)\n  --base IRI   base IRI for the resources (default: what the dataset declares)\n  --quiet      no progress line on a terminal',
  options: { data: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' }, quiet: { type: 'boolean' } },
  async run(args, io) {
    const dataDir = dataDirOf(args);
    const outDir = (args.values.out as string | undefined) ?? 'dist';
    const progress = createProgress(io, 'build', args.values.quiet === true);
    const { datasetId, files, summary } = await exportDataset({
      dataDir,
      outDir,
      base: args.values.base as string | undefined,
      onProgress: showExport(progress),
    }).finally(() => progress.end());
    io.stdout(`conflict-kg build: ${datasetId} (${dataDir}) → ${outDir}/, SHACL conforms\n${formatSummary(summary)}\n`);
    for (const f of files) io.stdout(`  wrote ${outDir}/${f.name} (${f.bytes} bytes)\n`);
    return 0;
  },
};
