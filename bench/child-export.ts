// Bench child: the validated partitioned export of one corpus; prints its stage timings and peak memory as JSON.
import { rmSync } from 'node:fs';
import { exportPartitioned } from '../src/pipeline/index.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir] = process.argv.slice(2);

// Pass 1 (the index of ids) comes first and alone: its peak is read, and the live heap after a full GC (the index,
// the shapes, the code), then the peak is reset for the partition loop (pass 2: read, map, validate, write), whose
// live heap is sampled too.
let loadPeak = 0;
let indexMiB = 0;
let ids = 0;
let gcMs = 0;
let loopLiveMiB = 0;
let partitions = 0;
const gc = (globalThis as { gc?: () => void }).gc;
/** The live heap after a full GC (its time is the benchmark's, not the export's). */
const liveMiB = () => {
  const t = performance.now();
  gc?.();
  gcMs += performance.now() - t;
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};
resetPeak();
process.stderr.write('bench-stage: load\n');
const start = performance.now();
const result = await exportPartitioned({
  dataDir,
  outDir,
  afterLoad: (index) => {
    loadPeak = peakRssMiB();
    indexMiB = liveMiB();
    ids = index.ids.size;
    resetPeak();
    process.stderr.write(`bench-stage: map, validate and write (load peak ${loadPeak} MiB)\n`);
  },
  afterPartition: () => {
    // The live heap of the loop, sampled after partitions 1, 2, 4, 8, …: a few full GCs at any size.
    if ((++partitions & (partitions - 1)) === 0) loopLiveMiB = Math.max(loopLiveMiB, liveMiB());
  },
});
const wall = performance.now() - start - gcMs; // the forced GC is the benchmark's, not the export's
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    wallMs: wall,
    timings: result.timings,
    triples: result.triples,
    partitions: result.partitions,
    deferredTriples: result.deferredTriples,
    violations: result.results.length,
    loadPeakMiB: loadPeak,
    indexMiB,
    ids,
    loopLiveMiB,
    typedResources: result.typedResources,
    exportPeakMiB: peakRssMiB(),
    files: result.files,
  })}\n`,
);
