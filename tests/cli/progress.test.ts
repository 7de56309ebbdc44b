// Pins the progress line of long work: drawn on a terminal's stderr only, never with --quiet, from the pipeline's data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { createProgress, formatProgress } from '../../src/cli/progress.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';
import { memoryIo } from '../helpers/memory-io.ts';

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), 'ckg-progress-')), name);
const update = (done: number) => ({
  done,
  total: 200,
  rate: { count: done * 10, unit: 'triples' },
  detail: '3 partitions',
});

describe('formatProgress', () => {
  it('shows the share done, the count, its rate and the time left', () => {
    expect(formatProgress(update(50), 2)).toBe('3 partitions, 25% · 500 triples · 250 triples/s · about 6 s left');
  });

  it('leaves out the rate and the estimate before any time has passed, and the estimate when done', () => {
    expect(formatProgress(update(0), 0)).toBe('3 partitions, 0% · 0 triples');
    expect(formatProgress(update(200), 80)).toBe('3 partitions, 100% · 2,000 triples · 25 triples/s');
  });

  it('gives long estimates in minutes', () => {
    expect(formatProgress(update(1), 1)).toBe('3 partitions, 0% · 10 triples · 10 triples/s · about 3 min 19 s left');
  });
});

describe('createProgress', () => {
  it('redraws one line on a terminal at most every 200 ms, and clears it at the end', () => {
    const io = memoryIo({ stderrIsTty: true });
    let clock = 0;
    const progress = createProgress(io, 'build', false, () => clock);
    progress.update(update(10));
    clock = 100;
    progress.update(update(20));
    clock = 1000;
    progress.update(update(30));
    progress.end();
    expect(io.err).toEqual([
      '\rbuild: 3 partitions, 5% · 100 triples',
      '\rbuild: 3 partitions, 15% · 300 triples · 300 triples/s · about 6 s left',
      `\r${' '.repeat(71)}\r`,
    ]);
  });

  it('shows nothing when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const io = memoryIo({ stderrIsTty: tty });
      const progress = createProgress(io, 'build', quiet);
      progress.update(update(10));
      progress.end();
      expect(io.err).toEqual([]);
    }
  });
});

describe('build and validate on a terminal', () => {
  const dataDir = temp('data');
  generateCorpus({ events: 150, seed: 2, outDir: dataDir });

  it('build shows partitions, triples and their rate on stderr, and leaves stdout to the summary', async () => {
    const io = memoryIo({ stderrIsTty: true });
    expect(await run(['build', '--data', dataDir, '--out', temp('dist')], io)).toBe(0);
    expect(io.err[0]).toMatch(/^\rbuild: 1 partition, \d+% · [\d,]+ triples/);
    expect(io.err.at(-1)).toMatch(/^\r +\r$/);
    expect(io.out.join('')).not.toMatch(/partition/);
  });

  it('validate shows it too; --quiet and a stderr that is not a terminal show nothing', async () => {
    const tty = memoryIo({ stderrIsTty: true });
    expect(await run(['validate', '--data', dataDir], tty)).toBe(0);
    expect(tty.err[0]).toMatch(/^\rvalidate: 1 partition/);
    for (const [io, args] of [
      [memoryIo({ stderrIsTty: true }), ['--quiet']],
      [memoryIo({ stderrIsTty: false }), []],
    ] as const) {
      expect(await run(['validate', '--data', dataDir, ...args], io)).toBe(0);
      expect(io.err).toEqual([]);
    }
  });

  it('synth shows the events written', async () => {
    const io = memoryIo({ stderrIsTty: true });
    expect(await run(['synth', '--events', '30', '--out', temp('synth')], io)).toBe(0);
    expect(io.err[0]).toMatch(/^\rsynth: 1 file, 0% · 0 events/);
  });
});
