// The streaming files of one partition are what the whole-document writers write for the same quads.
import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { openPartitionFiles } from '../../src/serialization/partition-files.ts';
import { writeTurtle } from '../../src/serialization/write-turtle.ts';
import { writeNTriples } from '../../src/serialization/write-ntriples.ts';
import { writeJsonLd } from '../../src/serialization/write-jsonld.ts';
import { buildContext } from '../../src/serialization/build-context.ts';
import { prefixesFor, rdfs, rdf, ckg } from '../../src/vocab.ts';

const { namedNode, literal, quad } = DataFactory;
const base = 'https://example.org/id/t/';
const node = (id: string) => namedNode(`${base}actor/${id}`);

async function written(quads: Quad[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'ckg-files-'));
  const files = openPartitionFiles(dir, 't', prefixesFor(base));
  files.add(quads);
  const out: Record<string, string> = {};
  for (const { name } of await files.close()) {
    renameSync(join(dir, `${name}.part`), join(dir, name));
    out[name] = readFileSync(join(dir, name), 'utf8');
  }
  return out;
}

describe('openPartitionFiles', () => {
  for (const [name, labels] of [
    ['Korean labels', ['칼라문', '아르살']],
    ['labels with astral characters, sorted by code point', ['😀', '\uFFFD', 'z']],
  ] as const) {
    it(`writes one partition as the whole-document writers do: ${name}`, async () => {
      const quads = [
        ...labels.map((l, i) => quad(node(`a${i}`), rdfs.label, literal(l, 'ko'))),
        ...labels.map((l) => quad(node('b'), rdfs.label, literal(l))),
        quad(node('b'), rdf.type, ckg.Actor),
      ];
      const prefixes = prefixesFor(base);
      const files = await written(quads);
      expect(files['t.ttl']).toBe(writeTurtle(quads, prefixes));
      expect(files['t.nt']).toBe(writeNTriples(quads));
      expect(files['t.jsonld']).toBe(writeJsonLd(quads, buildContext(prefixes), 't.context.jsonld'));
    });
  }
});
