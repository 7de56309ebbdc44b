// `conflict-kg synth`: write a deterministic synthetic dataset folder of N events (for benchmarks and tests).
import { quote } from '../../diagnostics.ts';
import { generateCorpus } from '../../synth/index.ts';
import { UsageError, type Command } from '../command.ts';
import { createProgress } from '../progress.ts';

export const synth: Command = {
  name: 'synth',
  usage:
    'synth --events N [--seed S] [--out DIR] [--quiet]\n\n  --events N   how many events (operations, phases, incidents)\n  --seed S     the random seed, a whole number (default: 1)\n  --out DIR    the folder to write (default: data/synthetic-<seed>)\n  --quiet      no progress line on a terminal',
  options: {
    events: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const events = wholeNumber(args.values.events, '--events', undefined);
    const seed = wholeNumber(args.values.seed, '--seed', 1);
    const outDir = (args.values.out as string | undefined) ?? `data/synthetic-${seed}`;
    const progress = createProgress(io, 'synth', args.values.quiet === true);
    const onProgress = (p: { events: number; totalEvents: number; files: number }) =>
      progress.update({
        done: p.events,
        total: p.totalEvents,
        rate: { count: p.events, unit: 'events' },
        detail: `${p.files.toLocaleString('en')} file${p.files === 1 ? '' : 's'}`,
      });
    let stats: ReturnType<typeof generateCorpus>;
    try {
      stats = generateCorpus({ events, seed, outDir, onProgress });
    } finally {
      progress.end();
    }
    io.stdout(
      `conflict-kg synth: ${stats.events} events, ${stats.entries} entries in ${stats.files.length} files → ${outDir}/\n`,
    );
    return 0;
  },
};

function wholeNumber(value: unknown, flag: string, fallback: number | undefined): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const text = String(value ?? '');
  if (!/^[0-9]+$/.test(text) || (flag === '--events' && Number(text) < 1)) {
    throw new UsageError(
      `expected ${flag} to be a whole number${flag === '--events' ? ' ≥ 1' : ''}, found ${quote(String(value ?? ''))}`,
    );
  }
  return Number(text);
}
