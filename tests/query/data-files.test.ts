import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics.ts';
import { baseOfDataset, dataFiles, loadFiles, readsNamedGraphs, unionFile } from '../../src/query/data-files.ts';
import { openStore } from '../../src/query/sparql-store.ts';
import { datasetBase } from '../../src/query/run-query.ts';
import { FIXTURE, storeOf } from './helpers.ts';

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ckg-load-'));
  for (const f of files) writeFileSync(join(dir, f), '');
  return dir;
}

describe('dataFiles', () => {
  it('takes the N-Triples of a built folder, not the same graph again in Turtle', () => {
    const dir = folder([
      'qalamoun-2017.ttl',
      'qalamoun-2017.nt',
      'qalamoun-2017.jsonld',
      'qalamoun-2017.validation.ttl',
    ]);
    expect(dataFiles(dir)).toEqual([join(dir, 'qalamoun-2017.nt')]);
  });

  it('falls back to the Turtle files, leaving out the SHACL report', () => {
    const dir = folder(['a.ttl', 'a.validation.ttl']);
    expect(dataFiles(dir)).toEqual([join(dir, 'a.ttl')]);
  });

  it('says to build first when there is nothing to load', () => {
    expect(() => dataFiles(join(tmpdir(), 'no-such-ckg-dist'))).toThrow(DiagnosticError);
    expect(() => dataFiles(folder(['notes.txt']))).toThrow(
      /no \.nt or \.ttl file in .*: run `conflict-kg build` first/,
    );
  });
});

describe('loadFiles and datasetBase', () => {
  it('loads Turtle and reads the resource base from the dataset IRI', async () => {
    const store = await storeOf([FIXTURE]);
    expect(await store.query({ sparql: 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }', format: 'text/csv' })).toBe(
      'n\r\n482\r\n',
    );
    expect(await datasetBase(store)).toBe('https://w3id.org/conflict-kg/id/mini/');
    expect(baseOfDataset('https://example.org/x/dataset/x')).toBe('https://example.org/x/');
  });

  it('reports a file that is not RDF as E_RDF_SYNTAX', async () => {
    const dir = folder([]);
    writeFileSync(join(dir, 'bad.nt'), '<a> <b> .\n');
    await expect(storeOf([join(dir, 'bad.nt')])).rejects.toThrow(/^error E_RDF_SYNTAX: .*bad\.nt: /);
  });
});

describe('readsNamedGraphs', () => {
  it('is true for a GRAPH pattern or a FROM (NAMED) clause, in any case', () => {
    expect(readsNamedGraphs('SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }')).toBe(true);
    expect(readsNamedGraphs('select * from <https://example.org/g> where { ?s ?p ?o }')).toBe(true);
    expect(readsNamedGraphs('SELECT * FROM NAMED <https://example.org/g> WHERE { ?s ?p ?o }')).toBe(true);
  });

  it('is false when the word is only in a comment, a string, a variable or a prefixed name', () => {
    const text = [
      'PREFIX ex: <https://example.org/graph/>',
      '# every graph, FROM the dataset',
      'SELECT ?graph WHERE { ?graph ex:graph "GRAPH FROM" }',
    ].join('\n');
    expect(readsNamedGraphs(text)).toBe(false);
  });
});

describe('loadFiles with a union', () => {
  const A = 'https://example.org/a/';
  const B = 'https://example.org/b/';
  const DATASET = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/conflict-kg/ontology#Dataset> .';
  const shared = '<https://example.org/shared> <https://example.org/p> "both" .';
  function built(): { dir: string; files: string[]; union: string } {
    const dir = folder([]);
    writeFileSync(join(dir, 'a.nt'), `<${A}dataset/a> ${DATASET}\n${shared}\n`);
    writeFileSync(join(dir, 'b.nt'), `<${B}dataset/b> ${DATASET}\n${shared}\n`);
    writeFileSync(join(dir, 'conflict-kg.nt'), `<${A}dataset/a> ${DATASET}\n<${B}dataset/b> ${DATASET}\n${shared}\n`);
    const files = dataFiles(dir);
    return { dir, files, union: unionFile(dir, files)! };
  }
  const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
  const graphs = 'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';

  it('answers a query of the default graph the same without the named graphs, which it then leaves out', async () => {
    const { files, union } = built();
    expect(files.map((f) => f.slice(-4))).toEqual(['a.nt', 'b.nt']);
    const answers = [];
    for (const named of [true, false]) {
      const store = openStore();
      expect(await loadFiles(store, files, union, { named })).toBe(true);
      answers.push([
        await store.query({ sparql: count, format: 'text/csv' }),
        await store.query({ sparql: graphs, format: 'text/csv' }),
        await datasetBase(store),
      ]);
    }
    expect(answers).toEqual([
      ['n\r\n3\r\n', 'n\r\n2\r\n', A],
      ['n\r\n3\r\n', 'n\r\n0\r\n', A],
    ]);
  });

  it('always loads the named graphs without a union: they are the data', async () => {
    const { files } = built();
    const store = openStore();
    expect(await loadFiles(store, files, undefined, { named: false })).toBe(false);
    expect(await store.query({ sparql: graphs, format: 'text/csv' })).toBe('n\r\n2\r\n');
  });
});
