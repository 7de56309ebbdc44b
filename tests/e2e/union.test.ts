// The committed union (dist/conflict-kg.nt) is exactly the set union of the committed datasets' graphs, and an entity
// of the shared register used by two datasets is one node there.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lines = (file: string) =>
  readFileSync(`dist/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const DATASETS = readdirSync('dist')
  .filter((f) => f.endsWith('.nt') && !f.startsWith('conflict-kg'))
  .sort();

describe('the union of the built datasets', () => {
  it('holds two real datasets', () => {
    expect(DATASETS).toEqual(['aftermath-2017.nt', 'qalamoun-2017.nt']);
  });

  it('equals the sum of the datasets’ graphs: every triple of each, each once, and nothing else', () => {
    const sum = new Set(DATASETS.flatMap(lines));
    const union = lines('conflict-kg.nt');
    expect(new Set(union).size).toBe(union.length);
    expect([...sum].sort()).toEqual([...union].sort());
  });

  it('has one node for a shared entity both datasets use (Abu Kamal, ISIL), carrying both datasets’ citations', () => {
    for (const entity of ['place/abu-kamal', 'actor/isil']) {
      const iri = `<https://w3id.org/conflict-kg/id/${entity}>`;
      const citations = (file: string) =>
        lines(file).filter((l) => l.startsWith(`${iri} <http://www.w3.org/ns/prov#wasDerivedFrom>`));
      const [aftermath, qalamoun] = DATASETS.map(citations);
      expect(aftermath.some((l) => l.includes('/aftermath-2017/'))).toBe(true);
      expect(qalamoun.some((l) => l.includes('/qalamoun-2017/'))).toBe(true);
      const inUnion = citations('conflict-kg.nt');
      expect(inUnion).toEqual(expect.arrayContaining([...aftermath, ...qalamoun]));
      expect(
        lines('conflict-kg.nt').filter((l) => l.includes(`/${entity.split('/')[1]}>`) && l.includes('#label>')).length,
      ).toBeGreaterThan(0);
    }
  });
});
