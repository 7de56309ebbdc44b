import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tripleKey } from '../helpers/rdf.ts';
import type { Quad } from 'n3';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';

// The emitter keeps no key per triple (too costly at scale): the mappers must not say anything twice themselves.
const duplicates = (quads: Quad[]) => {
  const keys = quads.map(tripleKey);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
};

describe('mapFacts without a duplicate check', () => {
  it('says nothing twice about the Qalamoun data', () => {
    const quads = mapFacts(loadFacts('data/qalamoun-2017')).quads;
    expect(quads.length).toBeGreaterThan(3000);
    expect(duplicates(quads)).toEqual([]);
  });

  it('says nothing twice about a synthetic corpus (shared citations, actors in several roles, single dates)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ckg-synth-')), 'data');
    generateCorpus({ events: 60, seed: 7, outDir: dir });
    const quads = mapFacts(loadFacts(dir)).quads;
    expect(quads.length).toBeGreaterThan(3000);
    expect(duplicates(quads)).toEqual([]);
  });
});
