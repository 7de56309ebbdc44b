// Writes bulk-load files for stores that load from disk: N-Quads carrying the graph IRI, and gzipped N-Triples.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { DataFactory, StreamParser, StreamWriter, type Quad } from 'n3';
import { PublishError } from './publish-error.ts';
import { checkGraphIri } from './publish-graph.ts';

const { namedNode, quad } = DataFactory;

export interface BulkOptions {
  /** The N-Triples file to convert (e.g. dist/qalamoun-2017.nt). */
  file: string;
  /** The graph IRI each quad carries. */
  graph: string;
  /** The folder to write into; created if missing. */
  outDir: string;
  /** Gzip the N-Quads and also write `<name>.nt.gz`. @default false */
  gzip?: boolean;
}

export interface BulkReport {
  /** The files written, in order. */
  files: string[];
  quads: number;
}

/**
 * Streams `<name>.nq` (or `<name>.nq.gz` and `<name>.nt.gz`) into outDir, where name is the file's name without `.nt`.
 * Memory stays flat whatever the size.
 * @example await writeBulk({ file: 'dist/qalamoun-2017.nt', graph, outDir: 'dist', gzip: true }) //=> { files: ['dist/qalamoun-2017.nq.gz', 'dist/qalamoun-2017.nt.gz'], quads: 3120 }
 */
export async function writeBulk(options: BulkOptions): Promise<BulkReport> {
  checkGraphIri(options.graph);
  await mkdir(options.outDir, { recursive: true });
  const name = basename(options.file).replace(/\.nt$/, '');
  const nq = join(options.outDir, `${name}.nq${options.gzip ? '.gz' : ''}`);
  const counter = { quads: 0 };
  try {
    await pipeline(
      createReadStream(options.file),
      new StreamParser({ format: 'N-Triples' }),
      intoGraph(options.graph, counter),
      new StreamWriter({ format: 'N-Quads' }),
      ...gzipIf(options.gzip),
      createWriteStream(nq),
    );
    if (!options.gzip) return { files: [nq], quads: counter.quads };
    const ntgz = join(options.outDir, `${name}.nt.gz`);
    await pipeline(createReadStream(options.file), createGzip(), createWriteStream(ntgz));
    return { files: [nq, ntgz], quads: counter.quads };
  } catch (e) {
    throw new PublishError('E_PUBLISH_DATA', `${options.file}: ${(e as Error).message}`);
  }
}

function intoGraph(graph: string, counter: { quads: number }): Transform {
  const g = namedNode(graph);
  return new Transform({
    objectMode: true,
    transform(q: Quad, _encoding, done) {
      counter.quads += 1;
      done(null, quad(q.subject, q.predicate, q.object, g));
    },
  });
}

function gzipIf(gzip: boolean | undefined): Writable[] {
  return gzip ? [createGzip()] : [];
}
