// Pass 1 of reading a dataset: the index of ids, the groups of files that must be read together, and the hub events.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFacts, type FactIndex } from '../../src/source/scan-facts.ts';
import { loadBatch } from '../../src/source/load-facts.ts';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';

const names = (index: FactIndex) => index.groups.map((g) => g.map((f) => basename(index.files[f])));

function synthetic(events: number, eventsPerFile: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ckg-scan-')), 'data');
  generateCorpus({ events, seed: 3, outDir: dir, eventsPerFile });
  return dir;
}

describe('scanFacts', () => {
  it('indexes every id with its kind and the file that defines it', () => {
    const index = scanFacts(MINI);
    expect(index.ids.kind('offensive')).toBe('event');
    expect(index.ids.kind('side-red')).toBe('side');
    expect(index.ids.kind('nowhere')).toBeUndefined();
    expect(basename(index.files[index.ids.file('red-army')!])).toBe('facts.yaml');
    expect(index.dataset.id).toBe('mini');
    expect(index.sources.map((s) => s.id)).toEqual(['wiki']);
    expect(index.diagnostics).toEqual([]);
  });

  it('reads a dataset laid out by section as one group, after the files of entities only', () => {
    expect(names(scanFacts('data/qalamoun-2017'))).toEqual([
      ['actors.yaml'],
      ['collectives.yaml'],
      ['dataset.yaml'],
      ['enwiki-sources.yaml'],
      ['news-sources.yaml'],
      ['place-relations.yaml'],
      ['places.yaml'],
      [
        'claims.yaml',
        'enwiki-facts.yaml',
        'event-relations.yaml',
        'events.yaml',
        'news-facts.yaml',
        'outcomes.yaml',
        'participations.yaml',
        'quantities.yaml',
        'sides.yaml',
      ],
    ]);
  });

  it('reads a dataset laid out by operation one file at a time; the wars the operations belong to are hubs', () => {
    const index = scanFacts(synthetic(60, 20));
    expect(names(index)).toEqual([
      ['dataset.yaml'],
      ['entities.yaml'],
      ['ops-0000.yaml'],
      ['ops-0001.yaml'],
      ['ops-0002.yaml'],
    ]);
    expect([...index.hubs]).toEqual(['war-1']);
  });

  it('joins the files of a cluster, whichever comes first: a side of an operation, a count of that side', () => {
    const dir = synthetic(60, 20);
    writeFileSync(
      join(dir, 'aa-sides.yaml'),
      'sides:\n  - {id: late-side, event: op-3, ordinal: 9, label: {ko: 늦은 편, en: Late side}, cite: [article]}\n',
    );
    writeFileSync(
      join(dir, 'zz-quantity.yaml'),
      'quantities:\n  - {id: late-count, kind: personnel-strength, about: late-side, value: 3, unit: person, cite: [article]}\n',
    );
    const groups = names(scanFacts(dir));
    const withOp3 = groups.find((g) => g.includes('aa-sides.yaml'))!;
    expect(withOp3).toContain('zz-quantity.yaml');
    expect(withOp3.filter((f) => f.startsWith('ops-'))).toHaveLength(1);
    expect(groups).toHaveLength(5);
  });

  it('reports an id defined again in another file, naming the first definition', () => {
    const dir = copyFixture(MINI);
    writeFileSync(
      join(dir, 'more.yaml'),
      'actors:\n  - id: red-army\n    type: armed-group\n    label: {ko: 또 붉은 군대, en: Red Army again}\n',
    );
    expect(scanFacts(dir).diagnostics.map((d) => formatDiagnostic(d).replaceAll(dir, 'DIR'))).toEqual([
      'DIR/more.yaml:2:9: error E_SOURCE_DUPLICATE_ID: expected a unique id, found "red-army" again (first defined at DIR/facts.yaml:3:9)',
    ]);
  });

  it('refuses, in pass 2, a file that changed or went away since pass 1 read it', () => {
    const dir = copyFixture(MINI);
    const index = scanFacts(dir);
    writeFileSync(join(dir, 'facts.yaml'), readFileSync(join(dir, 'facts.yaml'), 'utf8').replace('Hill 1', 'Hill One'));
    rmSync(join(dir, 'dataset.yaml'));
    expect(loadBatch(index, [0, 1]).diagnostics.map((d) => formatDiagnostic(d).replaceAll(dir, 'DIR'))).toEqual([
      'error E_SOURCE_IO: expected DIR/dataset.yaml to stay as it was while the dataset was read, found it gone',
      'error E_SOURCE_IO: expected DIR/facts.yaml to stay as it was while the dataset was read, found it changed',
    ]);
  });

  it('stops at syntax and schema errors in any file, reporting all of them', () => {
    const dir = copyFixture(MINI, { 'facts.yaml': (t) => t.replace('    type: hill\n', '') });
    writeFileSync(join(dir, 'zz.yaml'), 'actors: [\n');
    const error = (() => {
      try {
        scanFacts(dir);
        return undefined;
      } catch (e) {
        return e as DiagnosticError;
      }
    })();
    expect(error).toBeInstanceOf(DiagnosticError);
    expect(error!.diagnostics.map((d) => `${basename(d.span!.file)} ${d.code}`)).toEqual([
      'facts.yaml E_SOURCE_MISSING_FIELD',
      'zz.yaml E_SOURCE_SYNTAX',
    ]);
  });
});
