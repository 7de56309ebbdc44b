// `npm run bench`: times the validated streaming export against the bare-writer ceiling at 10k, 100k and 1M triples
// (10M with --large); prints a table and writes bench/results/<timestamp>.json (--reference also writes reference.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFor } from './corpus.ts';
import { formatTable, type BenchRow } from './table.ts';

const { values } = parseArgs({
  options: { large: { type: 'boolean' }, sizes: { type: 'string' }, seed: { type: 'string' }, reference: { type: 'boolean' }, cache: { type: 'string' } },
});
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [10_000, 100_000, 1_000_000, ...(values.large ? [10_000_000] : [])];
const seed = Number(values.seed ?? 1);
const cache = values.cache ?? join(tmpdir(), 'conflict-kg-bench');
const here = new URL('.', import.meta.url).pathname;

/** Runs a bench child; a child that fails (out of memory, say) gives its reason instead of numbers. */
function child(script: string, args: string[]): Record<string, unknown> & { error?: string } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status === 0) return JSON.parse(run.stdout.trim().split('\n').pop()!);
  const lines = run.stderr.split('\n');
  const reason = lines.find((l) => /heap out of memory|Error/.test(l)) ?? `exit ${run.status ?? run.signal}`;
  const stage = lines.filter((l) => l.startsWith('bench-stage: ')).pop()?.slice('bench-stage: '.length);
  return { error: `${script}: ${reason.trim()}${stage ? ` (during ${stage})` : ''}` };
}

const rows: BenchRow[] = [];
const failures: { target: number; errors: string[] }[] = [];
for (const target of sizes) {
  const corpus = corpusFor(target, seed, cache);
  process.stderr.write(`bench: ${target.toLocaleString('en')} triples (${corpus.events} events) …\n`);
  const out = join(cache, `out-${corpus.events}`);
  const exp = child('child-export.ts', [corpus.dir, out]) as { wallMs: number; timings: BenchRow['stages']; triples: number; loadPeakMiB: number; indexMiB: number; ids: number; loopLiveMiB: number; typedResources: number; exportPeakMiB: number; error?: string };
  const ceiling = child('child-ceiling.ts', [corpus.dir, `${out}-ceiling`]) as { totalMs: number; peakMiB: number; error?: string };
  const errors = [exp.error, ceiling.error].filter((e): e is string => e !== undefined);
  if (errors.length > 0) failures.push({ target, errors });
  if (exp.error) continue;
  rows.push({
    target, triples: exp.triples, stages: exp.timings, exportMs: exp.wallMs, ceilingMs: ceiling.totalMs ?? NaN, ratio: exp.wallMs / (ceiling.totalMs ?? NaN),
    loadPeakMiB: exp.loadPeakMiB, indexMiB: exp.indexMiB, ids: exp.ids, loopLiveMiB: exp.loopLiveMiB, typedResources: exp.typedResources, exportPeakMiB: exp.exportPeakMiB, ceilingPeakMiB: ceiling.peakMiB ?? NaN,
  });
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
const report = { date: new Date().toISOString(), machine, seed, rows, failures };
const dir = join(here, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
if (values.reference) writeFileSync(join(dir, 'reference.json'), `${JSON.stringify(report, null, 2)}\n`);
const failed = failures.map((f) => `${f.target.toLocaleString('en')} triples failed: ${f.errors.join('; ')}\n`).join('');
process.stdout.write(`${formatTable(rows)}\n${failed}\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\nwritten: ${file}\n`);
