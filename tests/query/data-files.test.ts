import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics.ts';
import { baseOfDataset, dataFiles } from '../../src/query/data-files.ts';
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
