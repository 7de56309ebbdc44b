// Pins the writer thread of the partitioned export: the same bytes as writing in the export's own thread, over a
// corpus of many partitions. The thread runs compiled JavaScript only, so the test bundles write-worker.ts first.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPartitioned } from '../../src/pipeline/export-partitioned.ts';
import { decodeQuads, encodeQuads } from '../../src/pipeline/partition-wire.ts';
import { literal } from '../../src/mapping/literal.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), 'ckg-writer-')), name);
let script: URL;

beforeAll(async () => {
  // Inside the project (.tmp/ is ignored), so the bundle's imports of n3 and the rest resolve to node_modules.
  mkdirSync(resolve('.tmp'), { recursive: true });
  const dir = mkdtempSync(join(resolve('.tmp'), 'writer-'));
  const outfile = join(dir, 'write-worker.js');
  await build({
    entryPoints: ['src/pipeline/write-worker.ts'],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  script = pathToFileURL(outfile);
}, 60_000);

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('exportPartitioned with a writer thread', () => {
  it('writes the same bytes as writing in its own thread, over many partitions', async () => {
    const dataDir = temp('data');
    generateCorpus({ events: 400, seed: 3, outDir: dataDir });
    const [inThread, inline] = [temp('thread'), temp('inline')];
    const threaded = await exportPartitioned({
      dataDir,
      outDir: inThread,
      maxEntries: 150,
      writerScript: script,
      parallel: true,
    });
    const sequential = await exportPartitioned({ dataDir, outDir: inline, maxEntries: 150, parallel: false });
    expect(threaded.writerThread).toBe(true);
    expect(sequential.writerThread).toBe(false);
    expect(threaded.partitions).toBeGreaterThan(5);
    expect(threaded.files).toEqual(sequential.files);
    const [a, b] = [filesOf(inThread), filesOf(inline)];
    const vocabulary = ['conflict-kg-ontology', 'conflict-kg-concepts'].flatMap((f) =>
      ['.ttl', '.nt', '.jsonld'].map((e) => f + e),
    );
    expect(Object.keys(a).sort()).toEqual(
      [
        ...['.ttl', '.nt', '.jsonld', '.context.jsonld', '.validation.ttl'].map((e) => `synthetic-3${e}`),
        ...vocabulary,
        'conflict-kg.context.jsonld',
      ].sort(),
    );
    for (const name of Object.keys(b)) expect(a[name]!.equals(b[name]!), name).toBe(true);
  });

  it('rejects with the writer thread error (the output folder is a file), as the inline writer does', async () => {
    const dataDir = temp('data');
    generateCorpus({ events: 100, seed: 4, outDir: dataDir });
    const outDir = temp('a-file');
    writeFileSync(outDir, '');
    const options = { dataDir, outDir, maxEntries: 100 };
    const inThread = await exportPartitioned({ ...options, writerScript: script, parallel: true }).catch(
      (e: NodeJS.ErrnoException) => e,
    );
    const inline = await exportPartitioned({ ...options, parallel: false }).catch((e: NodeJS.ErrnoException) => e);
    expect((inThread as NodeJS.ErrnoException).code).toBe((inline as NodeJS.ErrnoException).code);
    expect((inline as NodeJS.ErrnoException).code).toMatch(/^E(EXIST|NOTDIR)$/);
  });

  it('writes in its own thread for a dataset of one partition, even when asked for a thread', async () => {
    const result = await exportPartitioned({
      dataDir: 'data/qalamoun-2017',
      outDir: temp('dist'),
      writerScript: script,
      parallel: true,
    });
    expect(result.writerThread).toBe(false);
  });
});

describe('encodeQuads', () => {
  const { namedNode, blankNode, quad } = DataFactory;
  it('gives back the same terms, each sent once', () => {
    const s = namedNode('http://example.org/a');
    const p = namedNode('http://example.org/p');
    const quads = [
      quad(s, p, literal('x', 'ko')),
      quad(s, p, literal('x', namedNode('http://example.org/dt'))),
      quad(s, p, literal('x')),
      quad(s, p, blankNode('b1')),
      quad(blankNode('b1'), p, s),
    ];
    const wire = encodeQuads(quads);
    expect(wire.values).toEqual(['http://example.org/a', 'http://example.org/p', 'x', 'x', 'x', 'b1']);
    const back = decodeQuads(wire);
    expect(back.map((q) => [q.subject, q.predicate, q.object].map((t) => t.termType))).toEqual(
      quads.map((q) => [q.subject, q.predicate, q.object].map((t) => t.termType)),
    );
    for (const [i, q] of back.entries()) expect(q.equals(quads[i]!), `quad ${i}`).toBe(true);
  });
});
