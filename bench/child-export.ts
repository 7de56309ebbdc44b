// Bench child: the validated partitioned export of one corpus; prints its stage timings and peak memory as JSON.
// It runs the compiled export in build/ (as the bin does): only compiled JavaScript can start the writer thread.
// It asks for the writer thread whatever the load (the export's default starts one only when a core is free);
// `--sequential` writes in the export's own thread; `--sources` runs src/ through tsx (so: sequential too).
import { rmSync } from 'node:fs';
import type { exportPartitioned as ExportPartitioned } from '../src/pipeline/index.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir, ...flags] = process.argv.slice(2);
const pipeline = flags.includes('--sources') ? '../src/pipeline/index.ts' : '../build/pipeline/index.js';
const { exportPartitioned } = (await import(pipeline)) as { exportPartitioned: typeof ExportPartitioned };

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
  parallel: !flags.includes('--sequential'),
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
    writerThread: result.writerThread,
    exportPeakMiB: peakRssMiB(),
    files: result.files,
  })}\n`,
);
