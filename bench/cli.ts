// `npm run bench:cli`: times the CLI at the terminal on Qalamoun (--help, build, validate, three catalogue queries;
// then build, validate and one query over every dataset of data/, as the README's commands run them) against `node -e 0` measured in the same run, and Debian's roqet on the same query files as the outside anchor.
// Commands run in rounds (each once per round, after one warm-up round), so a busy spell hits them all alike; prints
// medians and ranges, and writes bench/results/cli-<timestamp>.json (--reference also writes cli-reference.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCompiled } from './compiled.ts';
import { watchMachine } from './machine.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' }, reference: { type: 'boolean' } } });
const runs = Math.max(5, Number(values.runs ?? 7));
const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'ckg-bench-cli-'));
/** The compiled CLI as the bin runs it (bench/run-compiled.js: the bin without its staleness check of src/). */
const bin = ['bench/run-compiled.js'];
/** Three catalogue queries that roqet parses too (timeline takes roqet 14 s: a join order it does not choose well). */
const QUERIES = ['strengths', 'casualties', 'sides'];
const TTL = 'dist/qalamoun-2017.ttl';
/** The dataset the issue's targets name; the rows without it run over every dataset (the union). */
const QALAMOUN = ['--data', 'data/qalamoun-2017'];

interface Case {
  name: string;
  argv: string[];
  /** roqet exits 2 after warnings it was told to keep quiet (-q), with its answer printed. */
  okCodes?: number[];
}

const node = process.execPath;
const cases: Case[] = [
  { name: 'node -e 0 (the floor)', argv: [node, '-e', '0'] },
  { name: 'conflict-kg --help', argv: [node, ...bin, '--help'] },
  { name: 'conflict-kg build (Qalamoun)', argv: [node, ...bin, 'build', ...QALAMOUN, '--out', join(out, 'one')] },
  { name: 'conflict-kg validate (Qalamoun)', argv: [node, ...bin, 'validate', ...QALAMOUN] },
  ...QUERIES.map((q) => ({
    name: `conflict-kg query ${q} --dataset qalamoun-2017 --format csv`,
    argv: [node, ...bin, 'query', q, '--dataset', 'qalamoun-2017', '--format', 'csv'],
  })),
  { name: 'conflict-kg build (all datasets + union)', argv: [node, ...bin, 'build', '--out', join(out, 'all')] },
  { name: 'conflict-kg validate (all datasets)', argv: [node, ...bin, 'validate'] },
  {
    name: `conflict-kg query ${QUERIES[0]} --format csv (all datasets)`,
    argv: [node, ...bin, 'query', QUERIES[0]!, '--format', 'csv'],
  },
  ...QUERIES.map((q) => ({
    name: `roqet ${q}.rq (${TTL})`,
    argv: ['roqet', '-q', '-i', 'sparql', '-D', TTL, '-r', 'csv', `queries/${q}.rq`],
    okCodes: [0, 2],
  })),
];

/** CPU time of this process's waited-for children so far (user + system, ms), from /proc (Linux; else NaN). */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime, cstime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}

/** One run: wall and CPU milliseconds, or why it failed. */
function time(c: Case): { wallMs: number; cpuMs: number; error?: string } {
  const cpu = childCpuMs();
  const t = performance.now();
  const run = spawnSync(c.argv[0]!, c.argv.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t;
  const cpuMs = childCpuMs() - cpu;
  const ok = (c.okCodes ?? [0]).includes(run.status ?? -1) && !run.error;
  return ok
    ? { wallMs, cpuMs }
    : { wallMs, cpuMs, error: `exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n')[0]}` };
}

ensureCompiled();
const watching = watchMachine();
const samples = cases.map(() => ({ wall: [] as number[], cpu: [] as number[], errors: [] as string[] }));
for (let round = 0; round <= runs; round++) {
  process.stderr.write(round === 0 ? 'bench:cli: warm-up round …\n' : `bench:cli: round ${round} of ${runs} …\n`);
  for (const [i, c] of cases.entries()) {
    const r = time(c);
    if (r.error) samples[i]!.errors.push(r.error);
    else if (round > 0) {
      samples[i]!.wall.push(r.wallMs);
      samples[i]!.cpu.push(r.cpuMs);
    }
  }
}
rmSync(out, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const floor = median(samples[0]!.wall);
const rows = cases.map((c, i) => {
  const s = samples[i]!;
  return {
    name: c.name,
    command: c.argv.map((a) => (a === node ? 'node' : a === bin[0] ? 'bin/conflict-kg.js' : a)).join(' '),
    runs: s.wall.length,
    medianMs: median(s.wall),
    minMs: Math.min(...s.wall),
    maxMs: Math.max(...s.wall),
    cpuMedianMs: median(s.cpu),
    vsNode: median(s.wall) / floor,
    wallMs: s.wall,
    errors: s.errors,
  };
});

const roqet = spawnSync('roqet', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'missing';
const machine = { ...watching.describe(), roqet };
const report = { date: new Date().toISOString(), machine, runs, rows };
const dir = join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `cli-${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
if (values.reference) writeFileSync(join(dir, 'cli-reference.json'), `${JSON.stringify(report, null, 2)}\n`);

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const head = ['command', 'runs', 'wall (median)', 'range', 'CPU (median)', 'vs node -e 0'];
const body = rows.map((r) =>
  r.runs === 0
    ? [r.name, '0', 'failed', r.errors[0] ?? '', '', '']
    : [
        r.name,
        String(r.runs),
        ms(r.medianMs),
        `${ms(r.minMs)}–${ms(r.maxMs)}`,
        ms(r.cpuMedianMs),
        `${r.vsNode.toFixed(2)}×`,
      ],
);
const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
process.stdout.write(
  `${[line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')}\n\nmachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${roqet === 'missing' ? 'roqet missing' : `roqet ${roqet}`}, load average ${machine.loadAverage.join(' → ')}\nwritten: ${file}\n`,
);
