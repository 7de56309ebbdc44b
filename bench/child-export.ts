// Bench child: the validated streaming export of one corpus; prints its stage timings and peak memory as JSON.
import { rmSync } from 'node:fs';
import { exportStreaming } from '../src/serialization/stream/export-streaming.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir] = process.argv.slice(2);

// Pass 1 (the index of ids) comes first and alone: its peak is read, and the live heap after a full GC (the index,
// the shapes, the code), then the peak is reset for the partition loop (pass 2: read, map, validate, write).
let loadPeak = 0;
let indexMiB = 0;
let ids = 0;
let gcMs = 0;
resetPeak();
process.stderr.write('bench-stage: load\n');
const start = performance.now();
const result = await exportStreaming({ dataDir, outDir, afterLoad: (index) => {
  loadPeak = peakRssMiB();
  const t = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  indexMiB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  gcMs = performance.now() - t;
  ids = index.ids.size;
  resetPeak();
  process.stderr.write(`bench-stage: map, validate and write (load peak ${loadPeak} MiB)\n`);
} });
const wall = performance.now() - start - gcMs; // the forced GC is the benchmark's, not the export's
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({
  wallMs: wall, timings: result.timings, triples: result.triples, partitions: result.partitions, deferredTriples: result.deferredTriples,
  violations: result.results.length, loadPeakMiB: loadPeak, indexMiB, ids, exportPeakMiB: peakRssMiB(), files: result.files,
})}\n`);
