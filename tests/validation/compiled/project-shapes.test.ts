// The compiled validator gives rdf-validate-shacl's results with the project's shapes: on the Qalamoun data, and on a
// synthetic corpus with one injected violation per constraint of every shape; it also rejects impossible dates.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { loadFacts } from '../../../src/source/load-facts.ts';
import { mapFacts } from '../../../src/mapping/map-facts.ts';
import { loadShapes } from '../../../src/validation/load-shapes.ts';
import { validateGraph } from '../../../src/validation/validate-graph.ts';
import { createCompiledValidator } from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';
import { generateCorpus } from '../../../src/synth/generate-corpus.ts';
import { injectViolations } from './inject-violations.ts';
import { time, xsd } from '../../../src/vocab.ts';

const shapes = loadShapes();
const validator = createCompiledValidator(shapes);
const compiledResults = (quads: Parameters<typeof validator.index>[0], strictDates = true) =>
  toShapeResults(validator.validate(validator.index(quads), { strictDates }), validator.compiled);

function synthetic(events: number) {
  const dir = join(mkdtempSync(join(tmpdir(), 'ckg-compiled-')), 'data');
  generateCorpus({ events, seed: 11, outDir: dir });
  return mapFacts(loadFacts(dir)).quads;
}

describe('compiled validator with the project shapes', () => {
  it('finds the Qalamoun data conforming, as rdf-validate-shacl does', async () => {
    const quads = mapFacts(loadFacts('data/qalamoun-2017')).quads;
    const expected = await validateGraph(quads, shapes);
    expect(compiledResults(quads)).toEqual(expected.results);
    expect(expected.conforms).toBe(true);
  });

  it("reports exactly rdf-validate-shacl's results for a violation of every constraint of every shape", async () => {
    const { quads, injected } = injectViolations(synthetic(80), validator.compiled);
    const expected = (await validateGraph(quads, shapes)).results;
    const actual = compiledResults(quads, false);
    expect(actual).toEqual(expected);
    const { targeted, shape } = validator.compiled;
    const sites = targeted.flatMap((s) => [s, ...s.properties.map(shape)]);
    const used = new Set(sites.flatMap((s) => s.checks.map((c) => c.component)));
    expect(used.size).toBe(16);
    expect(new Set(actual.map((r) => r.component))).toEqual(used);
    expect(new Set(injected.map((i) => i.component))).toEqual(used);
  }, 60_000);

  it('rejects an impossible xsd:date that rdf-validate-shacl accepts, unless strictDates is off', async () => {
    const quads = synthetic(12);
    const instant = quads.find((q) => q.predicate.equals(time.inXSDDate))!;
    const bad = [
      ...quads.filter((q) => q !== instant),
      DataFactory.quad(instant.subject, time.inXSDDate, DataFactory.literal('1942-02-30', xsd.date)),
    ];
    expect((await validateGraph(bad, shapes)).results).toEqual([]);
    expect(compiledResults(bad, false)).toEqual([]);
    expect(compiledResults(bad)).toEqual([
      expect.objectContaining({
        focusNode: instant.subject.value,
        path: time.inXSDDate.value,
        value: `"1942-02-30"^^<${xsd.date.value}>`,
        component: 'DatatypeConstraintComponent',
      }),
    ]);
  });
});
