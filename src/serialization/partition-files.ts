// Appends partitions of a graph to Turtle, N-Triples and JSON-LD files as they come, using the project's writers per partition.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { turtleBlocks } from './write-turtle.ts';
import { writeNTriples } from './write-ntriples.ts';
import { jsonLdDocument } from './write-jsonld.ts';
import { buildContext, writeContext } from './build-context.ts';
import { createTurtleNamer, prefixLines } from './turtle-names.ts';
import { groupBySubject, type SubjectBlock } from './group-by-subject.ts';
import { compareCodePoints, compareUtf16 } from './code-point-order.ts';

export type Format = 'turtle' | 'ntriples' | 'jsonld';

/** The three open output files of one dataset; `add` appends a partition, `close` ends the documents. */
export interface PartitionFiles {
  add(quads: readonly Quad[]): void;
  /** Writes a whole extra file (the validation report) beside the others, also as `<name>.part`. */
  extra(name: string, text: string): void;
  /** The files written, each still as `<name>.part` in the folder. */
  close(): { name: string; bytes: number }[];
  /** Milliseconds spent writing each format so far. */
  timings: Record<Format, number>;
}

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
  const extras: { name: string; bytes: number }[] = [];
  const prefixesHaveSurrogates = SURROGATE.test(Object.values(prefixes).join(' '));
  const timed = <T>(format: Format, f: () => T): T => {
    const t = performance.now();
    try {
      return f();
    } finally {
      timings[format] += performance.now() - t;
    }
  };
  const jsonld = (blocks: readonly SubjectBlock[]) => {
    const doc = jsonLdDocument(blocks, context, contextName);
    const start = doc.indexOf(GRAPH_START);
    if (start < 0) return '';
    const body = doc.slice(start + GRAPH_START.length, doc.length - GRAPH_END.length);
    return `${nodes++ > 0 ? ',\n' : ''}${body}`;
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
      timed('jsonld', () => files.jsonld.write(jsonld(blocks)));
    },
    extra(name, text) {
      const f = open(join(outDir, name), text);
      extras.push(f.close());
    },
    close() {
      files.jsonld.write(GRAPH_END);
      const out = Object.values(files).map((f) => f.close());
      const contextText = writeContext(context);
      const c = open(join(outDir, contextName), contextText);
      return [...out, c.close(), ...extras];
    },
  };
}

/** Writes `<path>.part`; the caller renames it to `path` (or removes it) once the export is known to be good. */
function open(path: string, first: string) {
  const fd = openSync(`${path}.part`, 'w');
  let bytes = 0;
  const write = (text: string) => {
    if (text.length === 0) return;
    bytes += writeSync(fd, text);
  };
  write(first);
  const close = () => {
    closeSync(fd);
    return { name: path.slice(path.lastIndexOf('/') + 1), bytes };
  };
  return { write, close };
}
