// Reads an N-Triples file as a stream: checks and counts it, then hands it out in chunks of whole lines (flat memory).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StreamParser, type Quad } from 'n3';
import { PublishError } from './publish-error.ts';

export interface NTriplesScan {
  /** Triples in the file (one per non-blank, non-comment line; duplicate lines count twice). */
  triples: number;
  /** Whether any subject or object is a blank node (then chunks must not be split across requests). */
  hasBlankNodes: boolean;
}

export interface NTriplesChunk {
  /** Whole N-Triples lines, each ending in a newline. */
  text: string;
  triples: number;
}

/** Parses the whole file once, so a syntax error is found before the store is touched. */
export async function scanNTriples(file: string): Promise<NTriplesScan> {
  const scan: NTriplesScan = { triples: 0, hasBlankNodes: false };
  const parser = new StreamParser({ format: 'N-Triples' });
  const input = createReadStream(file);
  input.on('error', (e) => parser.destroy(e)); // pipe() does not pass a read error (a missing file) on
  try {
    for await (const quad of input.pipe(parser) as AsyncIterable<Quad>) {
      scan.triples += 1;
      if (quad.subject.termType === 'BlankNode' || quad.object.termType === 'BlankNode') scan.hasBlankNodes = true;
    }
  } catch (e) {
    input.destroy();
    throw new PublishError('E_PUBLISH_DATA', `${file}: ${(e as Error).message}`);
  }
  return scan;
}

/** The file's lines, without their line ends. */
function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file), crlfDelay: Infinity });
}

/** Yields the file's triples in chunks of at most `size` lines, reading ahead no more than one chunk. */
export async function* chunkNTriples(file: string, size: number): AsyncGenerator<NTriplesChunk> {
  let buffer: string[] = [];
  for await (const line of lines(file)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    buffer.push(line);
    if (buffer.length >= size) {
      yield { text: `${buffer.join('\n')}\n`, triples: buffer.length };
      buffer = [];
    }
  }
  if (buffer.length > 0) yield { text: `${buffer.join('\n')}\n`, triples: buffer.length };
}
