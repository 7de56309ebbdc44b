// Appends partitions of a graph to Turtle, N-Triples and JSON-LD files as they come, using the project's writers per partition.
import { closeSync, mkdirSync, openSync, write as writeFd } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { turtleBlocks } from './write-turtle.ts';
import { writeNTriples } from './write-ntriples.ts';
import { jsonLdGraphItems } from './write-jsonld.ts';
import { buildContext, writeContext } from './build-context.ts';
import { createTurtleNamer, prefixLines } from './turtle-names.ts';
import { groupBySubject, type SubjectBlock } from './group-by-subject.ts';
import { compareCodePoints, compareUtf16 } from './code-point-order.ts';

export type Format = 'turtle' | 'ntriples' | 'jsonld';

/**
 * The three open output files of one dataset; `add` appends a partition, `close` ends the documents. The bytes go
 * to the file system in the background, in order (the text is written while the next partition is made): `room`
 * waits while more than MAX_PENDING_BYTES are still to be written, which bounds the memory they hold.
 */
export interface PartitionFiles {
  add(quads: readonly Quad[]): void;
  /** Resolves once at most `maxPendingBytes` wait to be written; rejects with a failed write's error. */
  room(): Promise<void>;
  /** Writes a whole extra file (the validation report) beside the others, also as `<name>.part`. */
  extra(name: string, text: string): void;
  /** Once everything is written: the files, each still as `<name>.part` in the folder. */
  close(): Promise<{ name: string; bytes: number }[]>;
  /** Closes the files after a failure elsewhere, whatever is still being written (errors ignored). */
  abort(): void;
  /** Milliseconds spent writing each format so far (making the text and encoding it; not waiting for the disk). */
  timings: Record<Format, number>;
}

/** Bytes encoded and not yet written, over the three files, beyond which `room` waits (a few partitions' worth). */
export const MAX_PENDING_BYTES = 64 * 2 ** 20;

const SURROGATE = /[\uD800-\uDFFF]/;

const GRAPH_START = '  "@graph": [\n';
const GRAPH_END = '\n  ]\n}\n';

/**
 * Opens `<id>.ttl`, `<id>.nt`, `<id>.jsonld` (+ `<id>.context.jsonld`) in `outDir`. Each partition is written in the
 * project's style, sorted within the partition: Turtle subject blocks, N-Triples lines, JSON-LD node objects of one
 * `@graph` array. The files are deterministic for the same facts; subjects are ordered by partition, then by IRI.
 */
export function openPartitionFiles(
  outDir: string,
  datasetId: string,
  prefixes: Record<string, string>,
  maxPendingBytes = MAX_PENDING_BYTES,
): PartitionFiles {
  mkdirSync(outDir, { recursive: true });
  const contextName = `${datasetId}.context.jsonld`;
  const context = buildContext(prefixes);
  const header = prefixLines(prefixes);
  const files = {
    turtle: open(join(outDir, `${datasetId}.ttl`), header),
    ntriples: open(join(outDir, `${datasetId}.nt`), ''),
    jsonld: open(
      join(outDir, `${datasetId}.jsonld`),
      `{\n  "@context": ${JSON.stringify(contextName)},\n${GRAPH_START}`,
    ),
  };
  const timings: Record<Format, number> = { turtle: 0, ntriples: 0, jsonld: 0 };
  let nodes = 0;
  const extras: ReturnType<typeof open>[] = [];
  const prefixesHaveSurrogates = SURROGATE.test(Object.values(prefixes).join(' '));
  const timed = <T>(format: Format, f: () => T): T => {
    const t = performance.now();
    try {
      return f();
    } finally {
      timings[format] += performance.now() - t;
    }
  };
  /** A partition's node objects, after a comma when others came before them in the one `@graph` array. */
  const jsonld = (blocks: readonly SubjectBlock[]) => {
    const items = jsonLdGraphItems(blocks, context);
    if (items === '') return;
    if (nodes++ > 0) files.jsonld.write(',\n');
    files.jsonld.write(items);
  };
  return {
    timings,
    add(quads) {
      if (quads.length === 0) return;
      const nt = timed('ntriples', () => writeNTriples(quads));
      timed('ntriples', () => files.ntriples.write(nt));
      // Turtle and JSON-LD share the subject blocks, grouped and sorted once (the time split between them). The
      // N-Triples text holds every term as written: without a surrogate there, UTF-16 order is code-point order.
      const t = performance.now();
      const compare = prefixesHaveSurrogates || SURROGATE.test(nt) ? compareCodePoints : compareUtf16;
      const blocks = groupBySubject(quads, compare);
      const grouping = performance.now() - t;
      timings.turtle += grouping / 2;
      timings.jsonld += grouping / 2;
      timed('turtle', () => files.turtle.write(turtleBlocks(blocks, createTurtleNamer(prefixes))));
      timed('jsonld', () => jsonld(blocks));
    },
    async room() {
      const all = Object.values(files);
      // Waits on the files still writing only: an idle file's last write has settled, and racing it would loop in
      // microtasks, never letting a write finish, each turn adding a reaction to the busy files' writes (1M triples
      // on a loaded machine ran out of heap so).
      while (all.reduce((n, f) => n + f.pending(), 0) > maxPendingBytes)
        await Promise.race(all.filter((f) => f.pending() > 0).map((f) => f.next()));
      for (const f of all) f.check();
    },
    extra(name, text) {
      extras.push(open(join(outDir, name), text));
    },
    async close() {
      files.jsonld.write(GRAPH_END);
      const out = [...Object.values(files), open(join(outDir, contextName), writeContext(context)), ...extras];
      const closed = await Promise.allSettled(out.map((f) => f.close()));
      const failed = closed.find((c) => c.status === 'rejected');
      if (failed) throw failed.reason;
      return closed.map((c) => (c as PromiseFulfilledResult<{ name: string; bytes: number }>).value);
    },
    abort() {
      for (const f of [...Object.values(files), ...extras]) f.close().catch(() => {});
    },
  };
}

/**
 * Writes `<path>.part` in the background, in order; the caller renames it to `path` (or removes it) once the export
 * is known to be good. The text is encoded here (UTF-8) and written by the thread pool, so a disk that makes writes
 * wait does not stop the making of the next partition.
 */
function open(path: string, first: string) {
  const fd = openSync(`${path}.part`, 'w');
  let bytes = 0;
  let pending = 0;
  let failure: Error | undefined;
  let closing: Promise<{ name: string; bytes: number }> | undefined;
  /** Settles when the last queued write has. */
  let tail: Promise<void> = Promise.resolve();
  const write = (text: string) => {
    if (text.length === 0 || failure || closing) return;
    const buffer = Buffer.from(text, 'utf8');
    bytes += buffer.length;
    pending += buffer.length;
    tail = tail.then(async () => {
      try {
        if (!failure) await writeAll(fd, buffer);
      } catch (e) {
        failure ??= e as Error;
      } finally {
        pending -= buffer.length;
      }
    });
  };
  write(first);
  const check = () => {
    if (failure) throw failure;
  };
  const close = () =>
    (closing ??= tail.then(() => {
      closeSync(fd);
      check();
      return { name: path.slice(path.lastIndexOf('/') + 1), bytes };
    }));
  // While `pending` is above 0 the last write has not settled: `next` is then a promise still to come.
  return { write, close, check, pending: () => pending, next: () => tail };
}

/** Writes the whole buffer at the file's position (a write may take only part of it). */
async function writeAll(fd: number, buffer: Buffer): Promise<void> {
  for (let offset = 0; offset < buffer.length; ) {
    offset += await new Promise<number>((resolve, reject) =>
      writeFd(fd, buffer, offset, buffer.length - offset, null, (e, n) => (e ? reject(e) : resolve(n))),
    );
  }
}
