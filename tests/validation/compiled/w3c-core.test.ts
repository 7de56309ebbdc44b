// The compiled validator on the W3C SHACL Core test suite (tests/validation/w3c-core/, see its README): every case it
// accepts gives the W3C expected report and rdf-validate-shacl's results; the cases it refuses are listed with the reason.
import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../../src/diagnostics.ts';
import { validateGraph } from '../../../src/validation/validate-graph.ts';
import { createCompiledValidator } from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';
import { compiledRows, loadSuite, type W3cCase } from './w3c-suite.ts';

const NOT_IMPLEMENTED = (what: string) =>
  `error E_SHAPES: expected the SHACL features the compiled validator implements, found ${what}`;

/** The cases the compiled validator refuses, each with its diagnostic: the first feature it does not implement. */
const REFUSED: Record<string, string> = {
  'complex/shacl-shacl': NOT_IMPLEMENTED('sh:zeroOrMorePath paths (shape _:blank)'),
  'node/qualified-001': NOT_IMPLEMENTED(
    'sh:qualifiedMinCount on a node shape (shape http://example.org/shacl-test/s1)',
  ),
  'path/path-alternative-001': NOT_IMPLEMENTED(
    'sh:alternativePath paths (shape http://datashapes.org/sh/tests/core/path/path-alternative-001.test#TestShape)',
  ),
  'path/path-complex-001': NOT_IMPLEMENTED(
    'sh:zeroOrMorePath paths (shape http://datashapes.org/sh/tests/core/path/path-complex-001.test#TestShape)',
  ),
  'path/path-oneOrMore-001': NOT_IMPLEMENTED(
    'sh:oneOrMorePath paths (shape http://datashapes.org/sh/tests/core/path/path-oneOrMore-001.test#TestShape)',
  ),
  'path/path-zeroOrMore-001': NOT_IMPLEMENTED(
    'sh:zeroOrMorePath paths (shape http://datashapes.org/sh/tests/core/path/path-zeroOrMore-001.test#TestShape)',
  ),
  'path/path-zeroOrOne-001': NOT_IMPLEMENTED(
    'sh:zeroOrOnePath paths (shape http://datashapes.org/sh/tests/core/path/path-zeroOrOne-001.test#TestShape)',
  ),
  'property/and-001': NOT_IMPLEMENTED(
    'sh:and on a property shape (shape http://datashapes.org/sh/tests/core/property/and-001.test#AddressShape-address)',
  ),
};

const suite = loadSuite();

/**
 * The diagnostic the compiled validator refuses a case's shapes with, or undefined when it accepts them. A blank shape
 * is named `_:blank`: its label depends on the parser.
 */
function refusal(c: W3cCase): string | undefined {
  try {
    createCompiledValidator(c.shapes);
    return undefined;
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return e.diagnostics
      .map(formatDiagnostic)
      .join('\n')
      .replace(/\(shape _:[^)]+\)/, '(shape _:blank)');
  }
}

const refusals = new Map(suite.map((c) => [c.id, refusal(c)]));
const accepted = suite.filter((c) => refusals.get(c.id) === undefined);

function runCompiled(c: W3cCase) {
  const validator = createCompiledValidator(c.shapes);
  return { validator, results: validator.validate(validator.index(c.data)) };
}

describe('compiled SHACL validator on the W3C SHACL Core test suite', () => {
  it('accepts 90 of the 98 cases and refuses only the listed 8, each with the feature it does not implement', () => {
    expect([suite.length, accepted.length]).toEqual([98, 90]);
    expect(Object.fromEntries([...refusals].filter(([, r]) => r !== undefined))).toEqual(REFUSED);
  });

  for (const c of accepted) {
    it(`gives the report the W3C suite expects: ${c.id}`, () => {
      const { results } = runCompiled(c);
      expect(compiledRows(results, c.shapes)).toEqual(c.results);
      expect(results.length === 0).toBe(c.conforms);
    });

    it(`reports what rdf-validate-shacl reports: ${c.id}`, async () => {
      const reference = await validateGraph(c.data, c.shapes);
      const { validator, results } = runCompiled(c);
      expect(toShapeResults(results, validator.compiled)).toEqual(reference.results);
      expect(results.length === 0).toBe(reference.conforms);
    });
  }
});
