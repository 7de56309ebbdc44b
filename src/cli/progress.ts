// Progress of long work on stderr, when stderr is a terminal: one line rewritten in place (done, rate, time left).
import type { ExportProgress } from '../pipeline/index.ts';
import type { Io } from './io.ts';

/** How far the work has come: `done` of `total` (the unit of the fraction), and the figures to show beside it. */
export interface ProgressUpdate {
  done: number;
  total: number;
  /** What is counted for the rate, e.g. `{ count: 1_234_567, unit: 'triples' }`. */
  rate: { count: number; unit: string };
  /** Shown first, e.g. `12 partitions`. */
  detail: string;
}

export interface Progress {
  update(p: ProgressUpdate): void;
  /** Clears the line (the command's own summary follows on stdout). */
  end(): void;
}

const QUIET: Progress = { update: () => {}, end: () => {} };
/** Redraws at most this often: a line per partition would flood a slow terminal. */
const REDRAW_MS = 200;

/**
 * A progress line for `label` on stderr if it is a terminal and `quiet` is not set; otherwise nothing is shown.
 * `now` is the clock (milliseconds); the first update is always drawn.
 */
export function createProgress(io: Io, label: string, quiet: boolean, now = () => performance.now()): Progress {
  if (quiet || !io.stderrIsTty) return QUIET;
  const start = now();
  let drawn = Number.NEGATIVE_INFINITY;
  let width = 0;
  return {
    update(p) {
      const t = now();
      if (t - drawn < REDRAW_MS) return;
      drawn = t;
      const line = `${label}: ${formatProgress(p, (t - start) / 1000)}`;
      io.stderr(`\r${line.padEnd(width)}`);
      width = line.length;
    },
    end() {
      if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}

/** `12 partitions, 61% · 812,345 triples · 98,100 triples/s · about 6 s left` (no rate or estimate at the start). */
export function formatProgress(p: ProgressUpdate, seconds: number): string {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const parts = [`${p.detail}, ${Math.floor(fraction * 100)}%`, `${p.rate.count.toLocaleString('en')} ${p.rate.unit}`];
  if (seconds > 0 && p.rate.count > 0)
    parts.push(`${Math.round(p.rate.count / seconds).toLocaleString('en')} ${p.rate.unit}/s`);
  if (seconds > 0 && fraction > 0 && fraction < 1)
    parts.push(`about ${duration((seconds * (1 - fraction)) / fraction)} left`);
  return parts.join(' · ');
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${String(Math.round(seconds - m * 60)).padStart(2, '0')} s`;
}

/** The partitioned export's progress as a line: partitions, share of the source entries, triples and their rate. */
export function showExport(progress: Progress): (p: ExportProgress) => void {
  // Quiet: nothing to format (the first toLocaleString loads ICU's data, about 20 ms of every build).
  if (progress === QUIET) return () => {};
  return (p) =>
    progress.update({
      done: p.entries,
      total: p.totalEntries,
      rate: { count: p.triples, unit: 'triples' },
      detail: `${p.partitions.toLocaleString('en')} partition${p.partitions === 1 ? '' : 's'}`,
    });
}
