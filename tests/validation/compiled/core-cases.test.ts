// The compiled validator gives rdf-validate-shacl's results on SHACL Core cases of every constraint type it implements.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { DiagnosticError, formatDiagnostic } from '../../../src/diagnostics.ts';
import { validateGraph } from '../../../src/validation/validate-graph.ts';
import { createCompiledValidator } from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';
import { CORE_CASES, UNSUPPORTED_CASES } from './fixtures/core-cases.ts';

const parse = (text: string) => new Parser({ format: 'text/turtle' }).parse(text);

describe('compiled SHACL validator on SHACL Core cases', () => {
  for (const c of CORE_CASES) {
    it(`reports what rdf-validate-shacl reports: ${c.name}`, async () => {
      const shapes = parse(c.shapes);
      const data = parse(c.data);
      const expected = (await validateGraph(data, shapes)).results;
      const validator = createCompiledValidator(shapes);
      const actual = toShapeResults(validator.validate(validator.index(data)), validator.compiled);
      expect(actual).toEqual(expected);
      expect(expected).toHaveLength(c.results);
    });
  }

  for (const c of UNSUPPORTED_CASES) {
    it(`refuses shapes it does not implement with E_SHAPES instead of skipping them: ${c.name}`, () => {
      let thrown: unknown;
      try {
        createCompiledValidator(parse(c.shapes));
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(DiagnosticError);
      expect((thrown as DiagnosticError).diagnostics.map(formatDiagnostic)).toEqual([c.error]);
    });
  }
});
