// Bench child: the ceiling — the bare writers (n3 StreamWriter for Turtle and N-Triples, the direct JSON-LD emitter)
// writing the same quads. Loading and mapping happen before each clock starts: the quads come partition by partition
// (as the export makes them, so memory stays bounded at any size) and only the writers' time is counted.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StreamWriter, type Quad } from 'n3';
import { scanFacts } from '../src/source/index.ts';
import { mapPartitions } from '../src/pipeline/index.ts';
import { buildContext, writeJsonLd } from '../src/serialization/index.ts';
import { peakRssMiB, resetPeak } from './memory.ts';

const [dataDir, outDir] = process.argv.slice(2);
const mapping = mapPartitions(scanFacts(dataDir));
const context = buildContext(mapping.prefixes);
mkdirSync(outDir, { recursive: true });
resetPeak();

/** n3's StreamWriter piped into the file (appending), timed. */
async function streamWriter(quads: Quad[], format: string, file: string): Promise<number> {
  const t = performance.now();
  const writer = new StreamWriter({ format, prefixes: format === 'N-Triples' ? undefined : mapping.prefixes });
  await pipeline(Readable.from(quads), writer, createWriteStream(join(outDir, file), { flags: 'a' }));
  return performance.now() - t;
}

const ms = { turtle: 0, ntriples: 0, jsonld: 0 };
let triples = 0;
for (const { quads } of mapping.partitions) {
  triples += quads.length;
  ms.turtle += await streamWriter(quads, 'Turtle', 'ceiling.ttl');
  ms.ntriples += await streamWriter(quads, 'N-Triples', 'ceiling.nt');
  const t = performance.now();
  writeFileSync(join(outDir, 'ceiling.jsonld'), writeJsonLd(quads, context, 'ceiling.context.jsonld'), { flag: 'a' });
  ms.jsonld += performance.now() - t;
}
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ triples, ...ms, totalMs: ms.turtle + ms.ntriples + ms.jsonld, peakMiB: peakRssMiB() })}\n`,
);
