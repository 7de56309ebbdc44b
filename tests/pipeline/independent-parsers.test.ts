// rapper and rdflib read a streaming export of many partitions (appended Turtle blocks, one JSON-LD @graph across
// partitions) as the triples of the whole-graph mapping.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPartitioned } from '../../src/pipeline/export-partitioned.ts';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';
import {
  HAS_RAPPER,
  HAS_RDFLIB,
  canonicalLines,
  parseWithRapper,
  parseWithRdflib,
  skipWithout,
} from '../serialization/fixtures/parsers.ts';

let outDir: string;
let id: string;
let expected: string[];
const file = (ext: string) => join(outDir, `${id}.${ext}`);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ckg-stream-parsers-'));
  const dataDir = join(root, 'data');
  generateCorpus({ events: 80, seed: 11, outDir: dataDir, eventsPerFile: 30 });
  outDir = join(root, 'dist');
  const result = await exportPartitioned({ dataDir, outDir, maxEntries: 40 });
  expect(result.partitions).toBeGreaterThan(5);
  id = result.datasetId;
  expected = canonicalLines(mapFacts(loadFacts(dataDir)).quads);
}, 60_000);

describe('a streaming export of many partitions, read by independent parsers', () => {
  it.skipIf(skipWithout(HAS_RAPPER, 'raptor2-utils'))('rapper reads the Turtle as the same triples', () => {
    expect(canonicalLines(parseWithRapper(file('ttl'), 'turtle'))).toEqual(expected);
  });

  it.skipIf(skipWithout(HAS_RAPPER, 'raptor2-utils'))('rapper reads the N-Triples as the same triples', () => {
    expect(canonicalLines(parseWithRapper(file('nt'), 'ntriples'))).toEqual(expected);
  });

  it.skipIf(skipWithout(HAS_RDFLIB, 'python3-rdflib'))(
    'rdflib reads the JSON-LD, with its context file, as the same triples',
    () => {
      expect(canonicalLines(parseWithRdflib(file('jsonld'), 'json-ld'))).toEqual(expected);
    },
    60_000,
  );
});
