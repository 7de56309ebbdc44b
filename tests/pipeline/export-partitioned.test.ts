// Pins the streaming export: the same graph as the whole-graph path in all three formats, partitions that stay small,
// deterministic files, and nothing written when a partition violates the shapes.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';

/** jsonld.js takes `safe`, which @types/jsonld does not list. */
type ToRdfOptions = Parameters<typeof jsonld.toRDF>[1];
import { DataFactory, Parser, type Quad } from 'n3';
import { exportPartitioned } from '../../src/pipeline/export-partitioned.ts';
import { mapPartitions } from '../../src/pipeline/map-partitions.ts';
import { offlineDocumentLoader } from '../helpers/document-loader.ts';
import { loadFacts } from '../../src/source/load-facts.ts';
import { scanFacts } from '../../src/source/scan-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';
import { DiagnosticError } from '../../src/diagnostics.ts';
import { exportDataset } from '../../src/pipeline/run-pipeline.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), 'ckg-stream-')), name);

function synthetic(events: number, seed = 5): string {
  const dir = temp('data');
  generateCorpus({ events, seed, outDir: dir });
  return dir;
}

/** Adds a first file whose event is dated relative to an incident described in a later file. */
function withEarlyReference(dataDir: string): string {
  writeFileSync(
    join(dataDir, 'aa-early.yaml'),
    [
      'events:',
      '  - {id: early-ref, class: operation, type: attack, label: {ko: 앞선 공격, en: Early attack}, cite: [article],',
      '     date: {date: 2000-01-02, expression: 다음 날, relativeTo: op-9-inc-1}}',
      '',
    ].join('\n'),
  );
  return dataDir;
}

/** The JSON-LD file read back with jsonld.js (offline: only the local context file is served). */
async function readJsonLd(outDir: string, id: string): Promise<Quad[]> {
  const docUrl = pathToFileURL(join(outDir, `${id}.jsonld`)).href;
  const contextUrl = pathToFileURL(join(outDir, `${id}.context.jsonld`)).href;
  const loader = offlineDocumentLoader(
    new Map([[contextUrl, JSON.parse(readFileSync(join(outDir, `${id}.context.jsonld`), 'utf8'))]]),
  );
  const doc = JSON.parse(readFileSync(join(outDir, `${id}.jsonld`), 'utf8'));
  const nquads = (await jsonld.toRDF(doc, {
    base: docUrl,
    documentLoader: loader,
    safe: true,
    format: 'application/n-quads',
  } as ToRdfOptions)) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

describe('exportPartitioned', () => {
  for (const [name, dataDir] of [
    ['the Qalamoun data', 'data/qalamoun-2017'],
    ['a synthetic corpus', synthetic(150)],
  ] as const) {
    it(`writes the graph of the whole-graph mapping in Turtle, N-Triples and JSON-LD: ${name}`, async () => {
      const outDir = temp('dist');
      const result = await exportPartitioned({ dataDir, outDir, maxEntries: 200 });
      const expected = mapFacts(loadFacts(dataDir)).quads;
      const id = result.datasetId;
      expect(result.results).toEqual([]);
      expect(result.triples).toBe(expected.length);
      expectIsomorphic(
        new Parser({ format: 'text/turtle' }).parse(readFileSync(join(outDir, `${id}.ttl`), 'utf8')),
        expected,
      );
      expectIsomorphic(
        new Parser({ format: 'N-Triples' }).parse(readFileSync(join(outDir, `${id}.nt`), 'utf8')),
        expected,
      );
      expectIsomorphic(await readJsonLd(outDir, id), expected);
    }, 60_000);
  }

  it('writes byte-identical files for the same facts', async () => {
    const dataDir = synthetic(60);
    const [a, b] = [temp('a'), temp('b')];
    await exportPartitioned({ dataDir, outDir: a });
    await exportPartitioned({ dataDir, outDir: b });
    const files = readdirSync(a).sort();
    expect(files).toEqual([
      'conflict-kg-concepts.jsonld',
      'conflict-kg-concepts.nt',
      'conflict-kg-concepts.ttl',
      'conflict-kg-ontology.jsonld',
      'conflict-kg-ontology.nt',
      'conflict-kg-ontology.ttl',
      'conflict-kg.context.jsonld',
      'synthetic-5.context.jsonld',
      'synthetic-5.jsonld',
      'synthetic-5.nt',
      'synthetic-5.ttl',
      'synthetic-5.validation.ttl',
    ]);
    for (const f of files) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('writes the whole-graph export byte for byte when the dataset fits one partition (Qalamoun)', async () => {
    const [whole, streamed] = [temp('whole'), temp('streamed')];
    await exportDataset({ dataDir: 'data/qalamoun-2017', outDir: whole });
    const result = await exportPartitioned({ dataDir: 'data/qalamoun-2017', outDir: streamed });
    expect(result.partitions).toBe(1);
    const files = readdirSync(whole).sort();
    expect(readdirSync(streamed).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(streamed, f), 'utf8'), f).toBe(readFileSync(join(whole, f), 'utf8'));
  }, 60_000);

  it('reads ahead the classes of what a partition points at in a later file, instead of holding the partition', async () => {
    const dataDir = withEarlyReference(synthetic(120));
    const outDir = temp('dist');
    const result = await exportPartitioned({ dataDir, outDir, maxEntries: 50 });
    expect(result.readAhead).toBe(1);
    expect(result.deferredTriples).toBe(0);
    expect(result.results).toEqual([]);
    expectIsomorphic(
      new Parser({ format: 'N-Triples' }).parse(readFileSync(join(outDir, `${result.datasetId}.nt`), 'utf8')),
      mapFacts(loadFacts(dataDir)).quads,
    );
  }, 60_000);

  it('reads nothing ahead from a file with problems: they are reported when its batch is read', async () => {
    const dataDir = withEarlyReference(synthetic(120));
    const ops = join(dataDir, 'ops-0000.yaml');
    writeFileSync(
      ops,
      readFileSync(ops, 'utf8').replace(/(id: "op-9-inc-1"[\s\S]*?places: \[)"[^"]+"/, '$1"nowhere-town"'),
    );
    const error = await exportPartitioned({ dataDir, outDir: temp('dist'), maxEntries: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map((d) => d.message)).toEqual([
      'expected the id of a place in events.places, found unknown id "nowhere-town"',
    ]);
  }, 60_000);

  it('checks at the end a partition that points at a resource of the base that no entry describes', async () => {
    const dataDir = synthetic(60);
    writeFileSync(
      join(dataDir, 'aa-actor.yaml'),
      [
        'sources:',
        '  - {id: copy-elsewhere, title: {ko: 다른 곳, en: Elsewhere}, language: ko,',
        '     url: https://w3id.org/conflict-kg/id/synthetic-5/nowhere/x}',
        '',
      ].join('\n'),
    );
    const outDir = temp('dist');
    const result = await exportPartitioned({ dataDir, outDir });
    expect(result.readAhead).toBe(0);
    expect(result.deferredTriples).toBeGreaterThan(0);
    expect(result.results).toEqual([]);
    expectIsomorphic(
      new Parser({ format: 'N-Triples' }).parse(readFileSync(join(outDir, `${result.datasetId}.nt`), 'utf8')),
      mapFacts(loadFacts(dataDir)).quads,
    );
  }, 60_000);

  it('reports the source problems of every batch, not only the first, writing no file', async () => {
    const dataDir = temp('data');
    generateCorpus({ events: 60, seed: 5, outDir: dataDir, eventsPerFile: 20 });
    for (const [name, from, to] of [
      ['ops-0000.yaml', 'actor: "forces-1"', 'actor: "forces-l"'],
      ['ops-0002.yaml', 'date: "', 'date: "2019-02-30" #'],
    ] as const) {
      const path = join(dataDir, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    }
    const outDir = temp('dist');
    const error = await exportPartitioned({ dataDir, outDir, maxEntries: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map((d) => `${d.span?.file.split('/').pop()} ${d.code}`)).toEqual([
      'ops-0000.yaml E_SOURCE_UNKNOWN_ID',
      'ops-0002.yaml E_SOURCE_DATE',
    ]);
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);

  it('refuses facts that violate the shapes, writing no file', async () => {
    const dataDir = synthetic(30);
    writeFileSync(
      join(dataDir, 'zz-bad.yaml'),
      'quantities:\n  - {id: bad-area, kind: area, about: op-1, value: 3, unit: person, cite: [article]}\n',
    );
    const outDir = temp('dist');
    const error = await exportPartitioned({ dataDir, outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    const diagnostics = (error as DiagnosticError).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === 'E_SHACL_VIOLATION' && d.span?.file.endsWith('zz-bad.yaml'))).toBe(true);
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('mapPartitions', () => {
  it('maps the whole graph in partitions of a bounded size, holding back only the hub events', () => {
    const dir = synthetic(1200);
    const whole = mapFacts(loadFacts(dir)).quads.length;
    const sizes = [...mapPartitions(scanFacts(dir), { maxEntries: 100 }).partitions].map((p) => p.quads.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole);
    expect(Math.max(...sizes.slice(0, -1))).toBeLessThan(whole / 20);
    expect(sizes.length).toBeGreaterThan(40);
  });
});
