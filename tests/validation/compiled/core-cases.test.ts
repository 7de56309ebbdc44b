// The compiled validator gives rdf-validate-shacl's results on SHACL Core cases of every constraint type it implements.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
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
    it(`refuses shapes it does not implement instead of skipping them: ${c.name}`, () => {
      expect(() => createCompiledValidator(parse(c.shapes))).toThrow(c.error);
    });
  }
});
