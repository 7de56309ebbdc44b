// Where the export's partitions are written: in this thread, or in a writer thread that overlaps the writing of one
// partition with the mapping and validation of the next (the machine's second core).
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Quad } from 'n3';
import { type Format, openPartitionFiles } from '../serialization/index.ts';
import { encodeQuads } from './partition-wire.ts';
import type { WriterMessage, WriterReply, WriterTarget } from './write-worker.ts';

export interface WrittenFiles {
  /** The files written, each still as `<name>.part` in the folder. */
  files: { name: string; bytes: number }[];
  /** Milliseconds spent writing each format (in the writer thread, when there is one). */
  timings: Record<Format, number>;
  /** Milliseconds spent handing partitions over: encoding them, waiting for room, and their decoding there. */
  handoffMs: number;
  /** Whether a writer thread wrote them. */
  inThread: boolean;
}

/** Appends partitions to the open files of one dataset; `close` ends the documents (also after a failure). */
export interface PartitionWriter {
  /** Resolves once the partition is written, or handed over with room for the next one. */
  add(quads: readonly Quad[]): Promise<void>;
  /** A whole extra file (the validation report), also as `<name>.part`. */
  extra(name: string, text: string): void;
  close(): Promise<WrittenFiles>;
  /** Stops after a failure elsewhere: the files stay as they are (`.part`), a writer thread ends. */
  abort(): void;
}

/** Partitions handed to the writer thread and not yet written: two keep it busy, and bound the memory they hold. */
const MAX_IN_FLIGHT = 2;

/** The compiled writer thread's script beside this module (none when this module is TypeScript run by tsx). */
const WRITER_SCRIPT = import.meta.url.endsWith('.js') ? new URL('./write-worker.js', import.meta.url) : undefined;

/**
 * A writer thread, or this thread; both write the same bytes. `parallel: false` writes here, `true` in a thread
 * where one can start, and by default in a thread unless the machine is crowded (load average at twice the cores or
 * more). On this project's 2-core machine (1M triples, alternated runs, bench/README.md) the thread won 18% at a
 * load average of 2.4–3.4 (11.0 s against 13.5 s), was even at 5–6 and at 11–14, and lost 13% at 6–8.5 (29.0 s
 * against 25.6 s). Node 20 cannot start a worker on TypeScript (tsx's loader does not reach worker threads), so
 * only the compiled build/ (or a given compiled `script`) starts one: the tests and the sources run through tsx
 * write in this thread.
 */
export function openPartitionWriter(
  target: WriterTarget,
  options: { parallel?: boolean | undefined; script?: URL | undefined },
): PartitionWriter {
  const script = options.script ?? WRITER_SCRIPT;
  const startable = script !== undefined && existsSync(fileURLToPath(script)) && availableParallelism() > 1;
  const wanted = options.parallel ?? loadavg()[0]! < 2 * availableParallelism();
  return wanted && startable ? workerWriter(script, target) : inlineWriter(target);
}

/** Writes in this thread (the bytes go to the disk in the background): what the tests run, and the export wherever no compiled writer thread can start. */
export function inlineWriter(target: WriterTarget): PartitionWriter {
  const files = openPartitionFiles(target.outDir, target.datasetId, target.prefixes);
  return {
    add: async (quads) => {
      files.add(quads);
      await files.room();
    },
    extra: (name, text) => files.extra(name, text),
    close: async () => ({ files: await files.close(), timings: { ...files.timings }, handoffMs: 0, inThread: false }),
    abort: () => files.abort(),
  };
}

/**
 * Writes in a worker thread running `script` (the compiled write-worker.js). Each partition's quads go over as
 * numbered terms (partition-wire.ts); at most MAX_IN_FLIGHT partitions wait there, so memory stays bounded. A failure
 * of the thread (a full disk, say) rejects the next `add` or the `close` with its error.
 */
export function workerWriter(script: URL, target: WriterTarget): PartitionWriter {
  // A young generation as large as the main thread's: each partition's strings die young. With the worker's
  // default, three 1M-triple exports on a busy machine took 62–74 s; with 64 MB, 52–62 s (each pair alternated).
  const worker = new Worker(script, { workerData: target, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  let inFlight = 0;
  let handoffMs = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closed: ((reply: Extract<WriterReply, { type: 'closed' }>) => void) | undefined;
  let closeFailed: ((e: Error) => void) | undefined;
  const post = (message: WriterMessage, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  const fail = (e: Error) => {
    failure ??= e;
    wake?.();
    closeFailed?.(failure);
  };
  worker.on('message', (reply: WriterReply) => {
    if (reply.type === 'added') {
      inFlight--;
      handoffMs += reply.decodeMs;
      wake?.();
    } else closed?.(reply);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the writer thread stopped early (exit code ${code})`)));
  const roomOrFailure = () => new Promise<void>((resolve) => (wake = resolve));
  return {
    async add(quads) {
      if (failure) throw failure;
      if (quads.length === 0) return;
      const t = performance.now();
      const wire = encodeQuads(quads);
      post({ type: 'add', wire }, [wire.kinds.buffer as ArrayBuffer, wire.triples.buffer as ArrayBuffer]);
      inFlight++;
      while (inFlight >= MAX_IN_FLIGHT && !failure) await roomOrFailure();
      handoffMs += performance.now() - t;
      if (failure) throw failure;
    },
    extra: (name, text) => post({ type: 'extra', name, text }),
    async close() {
      if (failure) throw failure;
      const reply = await new Promise<Extract<WriterReply, { type: 'closed' }>>((resolve, reject) => {
        closed = resolve;
        closeFailed = reject;
        post({ type: 'close' });
      });
      await worker.terminate();
      return { files: reply.files, timings: reply.timings, handoffMs, inThread: true };
    },
    abort: () => void worker.terminate(),
  };
}
