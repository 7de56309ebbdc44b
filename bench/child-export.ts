// Bench child: the validated streaming export of one corpus; prints its stage timings and peak memory as JSON.
import { rmSync } from 'node:fs';
import { exportStreaming } from '../src/serialization/stream/export-streaming.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir] = process.argv.slice(2);

// The load stage comes first and alone: its peak is read, then the peak is reset for the partition loop.
let loadPeak = 0;
resetPeak();
process.stderr.write('bench-stage: load\n');
const start = performance.now();
const result = await exportStreaming({ dataDir, outDir, afterLoad: () => {
  loadPeak = peakRssMiB();
  resetPeak();
  process.stderr.write(`bench-stage: map, validate and write (load peak ${loadPeak} MiB)\n`);
} });
const wall = performance.now() - start;
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({
  wallMs: wall, timings: result.timings, triples: result.triples, partitions: result.partitions, deferredTriples: result.deferredTriples,
  violations: result.results.length, loadPeakMiB: loadPeak, exportPeakMiB: peakRssMiB(), files: result.files,
})}\n`);
