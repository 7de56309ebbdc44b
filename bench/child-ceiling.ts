// Bench child: the ceiling — the bare writers (n3 StreamWriter for Turtle and N-Triples, the direct JSON-LD emitter)
// writing the same quads, with loading and mapping done before the clock starts.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StreamWriter, type Quad } from 'n3';
import { loadFacts } from '../src/source/load-facts.ts';
import { mapFacts } from '../src/mapping/map-facts.ts';
import { buildContext } from '../src/serialization/build-context.ts';
import { writeJsonLd } from '../src/serialization/write-jsonld.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir] = process.argv.slice(2);
const graph = mapFacts(loadFacts(dataDir));
(globalThis as { gc?: () => void }).gc?.();
mkdirSync(outDir, { recursive: true });
resetPeak();

async function streamWriter(quads: Quad[], format: string, file: string): Promise<number> {
  const t = performance.now();
  const writer = new StreamWriter({ format, prefixes: format === 'N-Triples' ? undefined : graph.prefixes });
  await pipeline(Readable.from(quads), writer, createWriteStream(join(outDir, file)));
  return performance.now() - t;
}

const turtle = await streamWriter(graph.quads, 'Turtle', 'ceiling.ttl');
const ntriples = await streamWriter(graph.quads, 'N-Triples', 'ceiling.nt');
const t = performance.now();
writeFileSync(join(outDir, 'ceiling.jsonld'), writeJsonLd(graph.quads, buildContext(graph.prefixes), 'ceiling.context.jsonld'));
const jsonld = performance.now() - t;
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ triples: graph.quads.length, turtle, ntriples, jsonld, totalMs: turtle + ntriples + jsonld, peakMiB: peakRssMiB() })}\n`);
