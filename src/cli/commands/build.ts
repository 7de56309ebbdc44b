// `conflict-kg build`: load, map, validate and write the dataset's linked data into dist/, then print a summary.
import { resolve } from 'node:path';
import { formatSummary } from '../../mapping/index.ts';
import { checkOutputFolder, writeOutputFolder } from '../../output-folder.ts';
import { type ExportResult, exportDataset } from '../../pipeline/index.ts';
import type { Command } from '../command.ts';
import { createProgress, showExport } from '../progress.ts';
import { dataDirOf } from './data-dir.ts';

export const build: Command = {
  name: 'build',
  usage:
    'build [--data DIR] [--out DIR [--force]] [--base IRI] [--quiet]\n\n  --data DIR   the dataset folder (default: data/qalamoun-2017)\n  --out DIR    where to write (default: dist); a folder holding other files is refused\n  --force      replace --out even when it holds files a build does not write\n  --base IRI   base IRI for the resources (default: what the dataset declares)\n  --quiet      no progress line on a terminal',
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
    quiet: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(args, io) {
    const dataDir = dataDirOf(args);
    const outDir = (args.values.out as string | undefined) ?? 'dist';
    const target = resolve(io.cwd, outDir);
    // The files go into a folder beside --out, swapped in when complete; a folder holding anything but the files a
    // build writes (and what other commands wrote in it, kept as it is) is replaced only with --force, a file never.
    const folder = { force: args.values.force === true, unmarked: true, isOwnFile: isBuildFile, keep: () => true };
    await checkOutputFolder(target, folder);
    const progress = createProgress(io, 'build', args.values.quiet === true);
    let result: ExportResult | undefined;
    const fill = async (dir: string) => {
      result = await exportDataset({
        dataDir: resolve(io.cwd, dataDir),
        outDir: dir,
        base: args.values.base as string | undefined,
        onProgress: showExport(progress),
      });
    };
    await writeOutputFolder(target, fill, folder).finally(() => progress.end());
    const { datasetId, files, summary } = result!;
    io.stdout(`conflict-kg build: ${datasetId} (${dataDir}) → ${outDir}/, SHACL conforms\n${formatSummary(summary)}\n`);
    for (const f of files) io.stdout(`  wrote ${outDir}/${f.name} (${f.bytes} bytes)\n`);
    return 0;
  },
};

/** The files a build writes for a dataset: `<id>.ttl`, `.nt`, `.jsonld`, `.context.jsonld`, `.validation.ttl`. */
function isBuildFile(path: string): boolean {
  return /^[a-z0-9][a-z0-9-]*\.(?:ttl|nt|jsonld|context\.jsonld|validation\.ttl)$/.test(path);
}
