import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { writeBulk } from '../../src/publish/write-bulk.ts';

const SMALL = join(import.meta.dirname, 'fixtures/small.nt');
const GRAPH = 'https://w3id.org/conflict-kg/id/test/graph';
const triples = new Parser({ format: 'N-Triples' }).parse(readFileSync(SMALL, 'utf8'));

describe('writeBulk', () => {
  it('writes N-Quads that carry the graph IRI on every triple', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ckg-bulk-'));
    const report = await writeBulk({ file: SMALL, graph: GRAPH, outDir: out });
    expect(report).toEqual({ files: [join(out, 'small.nq')], quads: 11 });
    const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(join(out, 'small.nq'), 'utf8'));
    expect(quads.every((q) => q.graph.value === GRAPH)).toBe(true);
    const asTriples = new Parser({ format: 'N-Triples' }).parse(
      readFileSync(join(out, 'small.nq'), 'utf8').replaceAll(` <${GRAPH}> .`, ' .'),
    );
    expect(isomorphic(asTriples, triples)).toBe(true);
  });

  it('gzips the N-Quads and writes the N-Triples gzipped too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ckg-bulk-'));
    const report = await writeBulk({ file: SMALL, graph: GRAPH, outDir: out, gzip: true });
    expect(report.files).toEqual([join(out, 'small.nq.gz'), join(out, 'small.nt.gz')]);
    expect(gunzipSync(readFileSync(join(out, 'small.nt.gz'))).toString('utf8')).toBe(readFileSync(SMALL, 'utf8'));
    const quads = new Parser({ format: 'N-Quads' }).parse(
      gunzipSync(readFileSync(join(out, 'small.nq.gz'))).toString('utf8'),
    );
    expect(quads).toHaveLength(11);
    expect(quads.some((q) => q.object.value === '칼라문 공세')).toBe(true);
  });

  it('refuses a graph that is not an absolute IRI', async () => {
    await expect(writeBulk({ file: SMALL, graph: 'graph one', outDir: tmpdir() })).rejects.toThrow(
      'the graph "graph one" is not an absolute IRI',
    );
  });
});
