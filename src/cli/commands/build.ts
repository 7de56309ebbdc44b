// `conflict-kg build`: load, map, validate and write every dataset's linked data (or one's, with --data) and their
// union into dist/, then print a summary.
import { relative, resolve } from 'node:path';
import { formatSummary } from '../../mapping/index.ts';
import { checkOutputFolder, writeOutputFolder } from '../../output-folder.ts';
import { type ExportAllResult, type ExportResult, exportAll, exportDataset } from '../../pipeline/index.ts';
import { UNION_FILE } from '../../vocab.ts';
import { type Command, UsageError } from '../command.ts';
import type { Io } from '../io.ts';
import { createProgress, showExport } from '../progress.ts';
import { DATA_ROOT } from './data-dir.ts';

export const build: Command = {
  name: 'build',
  usage:
    'build [--data DIR [--base IRI]] [--out DIR [--force]] [--quiet]\n\n  --data DIR   one dataset folder (default: every folder of data/ holding a dataset.yaml, and their union)\n  --out DIR    where to write (default: dist); a folder holding other files is refused\n  --force      replace --out even when it holds files a build does not write\n  --base IRI   base IRI for the resources (default: what the dataset declares)\n  --quiet      no progress line on a terminal',
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
    quiet: { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run(args, io) {
    const data = args.values.data as string | undefined;
    const base = args.values.base as string | undefined;
    if (data === undefined && base !== undefined)
      throw new UsageError('--base applies to one dataset: give --data DIR with it');
    const outDir = (args.values.out as string | undefined) ?? 'dist';
    const target = resolve(io.cwd, outDir);
    // The files go into a folder beside --out, swapped in when complete; a folder holding anything but the files a
    // build writes (and what other commands wrote in it, kept as it is) is replaced only with --force, a file never.
    // A build of every dataset drops the files of datasets no longer there; a build of one keeps the others' files
    // but not the union, which would no longer be theirs.
    const folder = {
      force: args.values.force === true,
      unmarked: true,
      isOwnFile: isBuildFile,
      keep: data === undefined ? (name: string) => !isBuildFile(name) : (name: string) => !isUnionFile(name),
    };
    await checkOutputFolder(target, folder);
    const progress = createProgress(io, 'build', args.values.quiet === true);
    const show = showExport(progress);
    if (data === undefined) {
      let all: ExportAllResult | undefined;
      const fill = async (dir: string) => {
        all = await exportAll({
          dataRoot: resolve(io.cwd, DATA_ROOT),
          outDir: dir,
          onProgress: (_, p) => p && show(p),
        });
      };
      await writeOutputFolder(target, fill, folder).finally(() => progress.end());
      // The vocabulary's files are written with every dataset, the same bytes: listed once.
      const listed = new Set<string>();
      for (const d of all!.datasets) {
        const files = d.files.filter((f) => !listed.has(f.name));
        for (const f of files) listed.add(f.name);
        report(io, { ...d, files }, relative(io.cwd, d.dataDir) || d.dataDir, outDir);
      }
      io.stdout(
        `conflict-kg build: the union of ${all!.datasets.length} dataset${all!.datasets.length === 1 ? '' : 's'} → ${outDir}/, ${all!.unionTriples} triples
`,
      );
      for (const f of all!.union) io.stdout(`  wrote ${outDir}/${f.name} (${f.bytes} bytes)\n`);
      return 0;
    }
    let result: ExportResult | undefined;
    const fill = async (dir: string) => {
      result = await exportDataset({ dataDir: resolve(io.cwd, data), outDir: dir, base, onProgress: show });
    };
    await writeOutputFolder(target, fill, folder).finally(() => progress.end());
    report(io, result!, data, outDir);
    return 0;
  },
};

function report(io: Io, result: ExportResult, dataDir: string, outDir: string): void {
  const { datasetId, files, summary } = result;
  io.stdout(`conflict-kg build: ${datasetId} (${dataDir}) → ${outDir}/, SHACL conforms\n${formatSummary(summary)}\n`);
  for (const f of files) io.stdout(`  wrote ${outDir}/${f.name} (${f.bytes} bytes)\n`);
}

/** The union's files: `conflict-kg.ttl`, `.nt`, `.jsonld`. */
function isUnionFile(name: string): boolean {
  return [`${UNION_FILE}.ttl`, `${UNION_FILE}.nt`, `${UNION_FILE}.jsonld`].includes(name);
}

/** The files a build writes for a dataset: `<id>.ttl`, `.nt`, `.jsonld`, `.context.jsonld`, `.validation.ttl`. */
function isBuildFile(path: string): boolean {
  return /^[a-z0-9][a-z0-9-]*\.(?:ttl|nt|jsonld|context\.jsonld|validation\.ttl)$/.test(path);
}
