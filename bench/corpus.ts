// Synthetic corpora for the benchmark, generated once per size and seed and reused from a cache folder.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../src/synth/index.ts';

/** Triples per synthetic event, measured (the mix of generateCorpus maps to 66–70 triples per event). */
export const TRIPLES_PER_EVENT = 68;

/** The dataset folder of a corpus of about `triples` triples (generated on first use). */
export function corpusFor(
  triples: number,
  seed: number,
  cacheDir: string,
): { dir: string; events: number; generatedMs: number } {
  const events = Math.max(1, Math.round(triples / TRIPLES_PER_EVENT));
  const dir = join(cacheDir, `synthetic-${events}-seed-${seed}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return { dir, events, generatedMs: 0 };
  const t = performance.now();
  generateCorpus({ events, seed, outDir: dir });
  writeFileSync(done, '');
  return { dir, events, generatedMs: performance.now() - t };
}
