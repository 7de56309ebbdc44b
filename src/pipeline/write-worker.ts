// The writer thread of the partitioned export: appends each partition it receives to the dataset's files, in order.
// It runs only as compiled JavaScript (build/pipeline/write-worker.js): Node 20 cannot start a worker on TypeScript.
import { parentPort, workerData } from 'node:worker_threads';
import { type Format, openPartitionFiles } from '../serialization/index.ts';
import { decodeQuads, type WireQuads } from './partition-wire.ts';

/** The files to open: `<outDir>/<datasetId>.{ttl,nt,jsonld}` and the context. */
export interface WriterTarget {
  outDir: string;
  datasetId: string;
  prefixes: Record<string, string>;
}

export type WriterMessage =
  | { type: 'add'; wire: WireQuads }
  | { type: 'extra'; name: string; text: string }
  | { type: 'close' };

export type WriterReply =
  | { type: 'added'; decodeMs: number }
  | { type: 'closed'; files: { name: string; bytes: number }[]; timings: Record<Format, number> };

// Imported by partition-writer.ts for its types only; the code below runs only in the writer thread.
if (parentPort && workerData?.datasetId !== undefined) {
  const port = parentPort;
  const target = workerData as WriterTarget;
  const files = openPartitionFiles(target.outDir, target.datasetId, target.prefixes);
  const reply = (r: WriterReply) => port.postMessage(r);
  // A failed write is thrown here, uncaught: the thread ends and the main thread's next add or close rejects.
  port.on('message', async (m: WriterMessage) => {
    if (m.type === 'add') {
      const t = performance.now();
      const quads = decodeQuads(m.wire);
      const decodeMs = performance.now() - t;
      files.add(quads);
      await files.room();
      reply({ type: 'added', decodeMs });
    } else if (m.type === 'extra') files.extra(m.name, m.text);
    else reply({ type: 'closed', files: await files.close(), timings: { ...files.timings } });
  });
}
