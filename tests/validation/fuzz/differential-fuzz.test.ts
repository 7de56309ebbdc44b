// The differential fuzz in the test suite: seeded mutations of the exported Qalamoun graph give the same results in the
// compiled validator as in rdf-validate-shacl, apart from the documented differences (real dates and times, language ranges).
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../../src/validation/load-shapes.ts';
import { compileShapes } from '../../../src/validation/compiled/compile-shapes.ts';
import { runFuzz, type FuzzSummary } from './run-fuzz.ts';
import { formatDisagreement } from './format-fuzz.ts';
import { createCaseGenerator, KINDS, quadKey } from './generate-cases.ts';
import { readBaseGraph } from './graph-sites.ts';

const disagreements = (s: FuzzSummary) => s.disagreements.map(({ c, judgement }) => formatDisagreement(c, judgement));
const cases = (v: Record<string, number>) => Object.values(v).reduce((a, b) => a + b, 0);

describe('differential fuzz: compiled validator against rdf-validate-shacl', () => {
  it('agrees on 250 mutated neighbourhoods of the Qalamoun graph, apart from the documented differences', async () => {
    const summary = await runFuzz({ cases: 250, seed: 17 });
    expect(disagreements(summary)).toEqual([]);
    expect(summary.cases).toBe(250);
    expect([...summary.byKind].filter(([, v]) => cases(v) === 0).map(([kind]) => kind)).toEqual([]);
    expect(summary.total.dates + summary.total['dates+languages']).toBeGreaterThan(0);
    expect(summary.total.languages + summary.total['dates+languages']).toBeGreaterThan(0);
  }, 180_000);

  it('agrees on 6 mutations of the whole Qalamoun graph', async () => {
    const summary = await runFuzz({ cases: 6, seed: 17, wholeGraph: true });
    expect(disagreements(summary)).toEqual([]);
  }, 180_000);

  it('makes the same case from the same seed and number, whatever ran before', () => {
    const base = readBaseGraph();
    const compiled = compileShapes(loadShapes());
    const [first, second] = [createCaseGenerator(base, compiled), createCaseGenerator(base, compiled)];
    for (let i = 0; i < 5; i++) first(9, i);
    const [a, b] = [first(9, 7), second(9, 7)];
    expect(b.mutations.map((m) => m.kind)).toEqual(a.mutations.map((m) => m.kind));
    expect(b.quads.map(quadKey)).toEqual(a.quads.map(quadKey));
    expect(KINDS).toContain(a.mutations[0].kind);
  });
});
