// `npm run bench`: times the validated partitioned export against the bare-writer ceiling at 10k, 100k and 1M triples
// (10M with --large), export and ceiling alternated three times below 10M (--runs N); prints a table of medians and writes
// bench/results/<timestamp>.json (--reference also writes reference.json). The export is the compiled one in build/
// (compiled first when src/ is newer), with its writer thread; --sequential writes in the export's thread, --compare
// runs both against the same ceilings.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFor } from './corpus.ts';
import { formatTable, type BenchRow } from './table.ts';
import { ensureCompiled } from './compiled.ts';
import { watchMachine } from './machine.ts';

const { values } = parseArgs({
  options: {
    large: { type: 'boolean' },
    sizes: { type: 'string' },
    seed: { type: 'string' },
    reference: { type: 'boolean' },
    cache: { type: 'string' },
    runs: { type: 'string' },
    sequential: { type: 'boolean' },
    compare: { type: 'boolean' },
    /** Time build/ as it is (two benches at once must not both recompile it). */
    'no-compile': { type: 'boolean' },
  },
});
const sizes = values.sizes
  ? values.sizes.split(',').map(Number)
  : [10_000, 100_000, 1_000_000, ...(values.large ? [10_000_000] : [])];
const seed = Number(values.seed ?? 1);
const cache = values.cache ?? join(tmpdir(), 'conflict-kg-bench');
const here = new URL('.', import.meta.url).pathname;
if (!values['no-compile']) ensureCompiled();
const watching = watchMachine();

/** Runs a bench child; a child that fails (out of memory, say) gives its reason instead of numbers. */
function child(script: string, args: string[]): Record<string, unknown> & { error?: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status === 0) return JSON.parse(run.stdout.trim().split('\n').pop()!);
  const lines = run.stderr.split('\n');
  const reason = lines.find((l) => /heap out of memory|Error/.test(l)) ?? `exit ${run.status ?? run.signal}`;
  const stage = lines
    .filter((l) => l.startsWith('bench-stage: '))
    .pop()
    ?.slice('bench-stage: '.length);
  return { error: `${script}: ${reason.trim()}${stage ? ` (during ${stage})` : ''}` };
}

type ExportRun = {
  wallMs: number;
  timings: BenchRow['stages'];
  triples: number;
  loadPeakMiB: number;
  indexMiB: number;
  ids: number;
  loopLiveMiB: number;
  typedResources: number;
  exportPeakMiB: number;
  writerThread: boolean;
  error?: string;
};
type CeilingRun = { totalMs: number; peakMiB: number; error?: string };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const rows: BenchRow[] = [];
const failures: { target: number; errors: string[] }[] = [];
/** --compare runs the export both ways in each run (writer thread, then sequential), against the same ceilings. */
const modes: ('thread' | 'sequential')[] = values.compare
  ? ['thread', 'sequential']
  : [values.sequential ? 'sequential' : 'thread'];
for (const target of sizes) {
  const corpus = corpusFor(target, seed, cache);
  // This machine's other jobs make single runs vary by ±15%: below 10M, export and ceiling alternate three times.
  const runs = Number(values.runs ?? (target >= 10_000_000 ? 1 : 3));
  // Per bench process: two benches at once (one as the other's load) must not write into the same folder.
  const out = join(cache, `out-${corpus.events}-${process.pid}`);
  const exports = new Map(modes.map((m) => [m, [] as ExportRun[]]));
  const ceilings: CeilingRun[] = [];
  const errors: string[] = [];
  for (let i = 0; i < runs && errors.length === 0; i++) {
    process.stderr.write(
      `bench: ${target.toLocaleString('en')} triples (${corpus.events} events), run ${i + 1} of ${runs} …\n`,
    );
    const exps = modes.map(
      (m) => child('child-export.ts', [corpus.dir, out, ...(m === 'sequential' ? ['--sequential'] : [])]) as ExportRun,
    );
    const ceiling = child('child-ceiling.ts', [corpus.dir, `${out}-ceiling`]) as CeilingRun;
    errors.push(...[...exps.map((e) => e.error), ceiling.error].filter((e): e is string => e !== undefined));
    if (errors.length > 0) continue;
    for (const [k, m] of modes.entries()) exports.get(m)!.push(exps[k]!);
    ceilings.push(ceiling);
  }
  if (errors.length > 0) failures.push({ target, errors });
  for (const runsOfMode of exports.values()) if (runsOfMode.length > 0) rows.push(rowOf(target, runsOfMode, ceilings));
}

/** The stages are those of the run with the median wall time; memory is the largest of any run. */
function rowOf(target: number, exports: ExportRun[], ceilings: CeilingRun[]): BenchRow {
  const exp = [...exports].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((exports.length - 1) / 2)]!;
  const ratios = exports.map((e, i) => e.wallMs / ceilings[i]!.totalMs);
  const max = (f: (e: ExportRun) => number) => Math.max(...exports.map(f));
  return {
    target,
    triples: exp.triples,
    runs: exports.length,
    stages: exp.timings,
    exportMs: exp.wallMs,
    ceilingMs: median(ceilings.map((c) => c.totalMs)),
    ratio: exp.wallMs / median(ceilings.map((c) => c.totalMs)),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    loadPeakMiB: max((e) => e.loadPeakMiB),
    indexMiB: max((e) => e.indexMiB),
    ids: exp.ids,
    loopLiveMiB: max((e) => e.loopLiveMiB),
    typedResources: exp.typedResources,
    exportPeakMiB: max((e) => e.exportPeakMiB),
    ceilingPeakMiB: Math.max(...ceilings.map((c) => c.peakMiB)),
    writerThread: exp.writerThread,
  };
}

const machine = { ...watching.describe(), mode: modes.join(' and ') };
const report = { date: new Date().toISOString(), machine, seed, rows, failures };
const dir = join(here, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
if (values.reference) writeFileSync(join(dir, 'reference.json'), `${JSON.stringify(report, null, 2)}\n`);
const failed = failures
  .map((f) => `${f.target.toLocaleString('en')} triples failed: ${f.errors.join('; ')}\n`)
  .join('');
process.stdout.write(
  `${formatTable(rows)}\n${failed}\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage.join(' → ')}, ${machine.mode}\nwritten: ${file}\n`,
);
