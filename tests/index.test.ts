import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError, exportDataset, formatDiagnostic, loadFiles, openStore, runQuery } from '../src/index.ts';

const out = mkdtempSync(join(tmpdir(), 'ckg-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the library', () => {
  it('exports a dataset, opens a store on the N-Triples and answers a catalogue-style query', async () => {
    const result = await exportDataset({ dataDir: 'data/qalamoun-2017', outDir: out });
    expect(result.files.map((f) => f.name)).toContain('qalamoun-2017.nt');
    const store = openStore({ worker: true });
    await loadFiles(store, [join(out, 'qalamoun-2017.nt')]);
    const text =
      '# @param actor: actor-id\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l WHERE { ?actor rdfs:label ?l FILTER(lang(?l) = "en") }';
    const answer = await runQuery(store, { text, file: 'q.rq' }, { params: { actor: 'hezbollah' }, timeoutMs: 30_000 });
    expect(answer.kind === 'bindings' && answer.rows.map((r) => r.l?.value)).toEqual(['Hezbollah']);
    await store.close();
  });

  it('reports bad input as diagnostics, not as a crash', async () => {
    const failure = await exportDataset({ dataDir: 'data/no-such-dataset' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DiagnosticError);
    expect((failure as DiagnosticError).diagnostics.map(formatDiagnostic).join('\n')).toMatch(/^error E_SOURCE_IO: /);
  });
});
