// The compiled validator on the W3C SHACL Core test suite (data-shapes/core, the copy in shacl-engine 1.1.2's test assets):
// every case whose shapes use only what shapes/conflict-kg.shapes.ttl uses must give the W3C expected report and
// rdf-validate-shacl's results; every other case is in EXCLUDED, with the features that leave it out.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../../src/validation/validate-graph.ts';
import { createCompiledValidator } from '../../../src/validation/compiled/validate-compiled.ts';
import { toShapeResults } from '../../../src/validation/compiled/to-shape-results.ts';
import { compiledRows, loadSuite, shapeFeatures, type W3cCase } from './w3c-suite.ts';

/**
 * What shapes/conflict-kg.shapes.ttl uses (sh:node and sh:severity as the lead engineer listed them), plus sh:targetNode:
 * the suite names most focus nodes with it (and others with implicit class targets, which need no sh: predicate).
 */
const OURS = new Set([
  'class', 'datatype', 'nodeKind', 'minCount', 'maxCount', 'in', 'hasValue', 'or', 'xone', 'minInclusive', 'languageIn',
  'uniqueLang', 'pattern', 'equals', 'lessThanOrEquals', 'qualifiedValueShape', 'qualifiedMinCount', 'qualifiedMaxCount',
  'node', 'property', 'path', 'inversePath', 'message', 'severity', 'targetClass', 'targetSubjectsOf', 'targetNode',
].map((name) => `sh:${name}`));

const NOT_IMPLEMENTED = (what: string) => `SHACL: the compiled validator does not implement ${what}; use rdf-validate-shacl for these shapes`;

/** The cases left out, with the features (not in OURS) that leave them out, and the error when the compiled validator refuses them. */
const EXCLUDED: Record<string, { uses: string; refused?: string }> = {
  'complex/personexample': { uses: 'sh:closed, sh:ignoredProperties' },
  'complex/shacl-shacl': {
    uses: 'sequence path, sh:alternativePath, sh:closed, sh:declare, sh:namespace, sh:not, sh:oneOrMorePath, sh:prefix, sh:targetObjectsOf, sh:zeroOrMorePath',
    refused: NOT_IMPLEMENTED('sh:zeroOrMorePath paths'),
  },
  'misc/deactivated-001': { uses: 'sh:deactivated' },
  'misc/deactivated-002': { uses: 'sh:deactivated' },
  'node/and-001': { uses: 'sh:and' },
  'node/and-002': { uses: 'sh:and' },
  'node/closed-001': { uses: 'sh:closed' },
  'node/closed-002': { uses: 'sh:closed, sh:ignoredProperties' },
  'node/disjoint-001': { uses: 'sh:disjoint' },
  'node/maxExclusive-001': { uses: 'sh:maxExclusive' },
  'node/maxInclusive-001': { uses: 'sh:maxInclusive' },
  'node/maxLength-001': { uses: 'sh:maxLength' },
  'node/minExclusive-001': { uses: 'sh:minExclusive' },
  'node/minLength-001': { uses: 'sh:minLength' },
  'node/not-001': { uses: 'sh:not' },
  'node/not-002': { uses: 'sh:not' },
  'node/pattern-002': { uses: 'sh:flags' },
  'node/qualified-001': {
    uses: 'sh:qualifiedValueShapesDisjoint',
    refused: NOT_IMPLEMENTED('sh:qualifiedMinCount on a node shape (shape http://example.org/shacl-test/s1)'),
  },
  'path/path-alternative-001': { uses: 'sh:alternativePath', refused: NOT_IMPLEMENTED('sh:alternativePath paths') },
  'path/path-complex-001': { uses: 'sequence path, sh:zeroOrMorePath', refused: NOT_IMPLEMENTED('sh:zeroOrMorePath paths') },
  'path/path-complex-002': { uses: 'sequence path' },
  'path/path-oneOrMore-001': { uses: 'sh:oneOrMorePath', refused: NOT_IMPLEMENTED('sh:oneOrMorePath paths') },
  'path/path-sequence-001': { uses: 'sequence path' },
  'path/path-sequence-002': { uses: 'sequence path' },
  'path/path-sequence-duplicate-001': { uses: 'sequence path' },
  'path/path-strange-001': { uses: 'sequence path' },
  'path/path-strange-002': { uses: 'sequence path' },
  'path/path-zeroOrMore-001': { uses: 'sh:zeroOrMorePath', refused: NOT_IMPLEMENTED('sh:zeroOrMorePath paths') },
  'path/path-zeroOrOne-001': { uses: 'sh:zeroOrOnePath', refused: NOT_IMPLEMENTED('sh:zeroOrOnePath paths') },
  // The ill-formed paths are in no shape, so the compiled validator never reads them.
  'path/path-unused-001': { uses: 'sequence path, sh:alternativePath, sh:zeroOrMorePath, sh:zeroOrOnePath' },
  'property/and-001': {
    uses: 'sh:and',
    refused: NOT_IMPLEMENTED('sh:and on a property shape (shape http://datashapes.org/sh/tests/core/property/and-001.test#AddressShape-address)'),
  },
  'property/disjoint-001': { uses: 'sh:disjoint' },
  'property/lessThan-001': { uses: 'sh:lessThan' },
  'property/lessThan-002': { uses: 'sh:lessThan' },
  'property/maxExclusive-001': { uses: 'sh:maxExclusive' },
  'property/maxInclusive-001': { uses: 'sh:maxInclusive' },
  'property/maxLength-001': { uses: 'sh:maxLength' },
  'property/minExclusive-001': { uses: 'sh:minExclusive' },
  'property/minExclusive-002': { uses: 'sh:minExclusive' },
  'property/minLength-001': { uses: 'sh:minLength' },
  'property/not-001': { uses: 'sh:not' },
  'property/pattern-002': { uses: 'sh:flags' },
  'property/qualifiedMinCountDisjoint-001': { uses: 'sh:qualifiedValueShapesDisjoint' },
  'property/qualifiedValueShapesDisjoint-001': { uses: 'sh:qualifiedValueShapesDisjoint' },
  'targets/targetObjectsOf-001': { uses: 'sh:targetObjectsOf' },
};

const suite = loadSuite();
const outside = (c: W3cCase) => [...shapeFeatures(c.shapes)].filter((f) => !OURS.has(f)).sort();
const inScope = suite.filter((c) => outside(c).length === 0);
const excluded = suite.filter((c) => outside(c).length > 0);

function refusal(c: W3cCase): string | undefined {
  try {
    createCompiledValidator(c.shapes);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function runCompiled(c: W3cCase) {
  const validator = createCompiledValidator(c.shapes);
  return { validator, results: validator.validate(validator.index(c.data)) };
}

describe('compiled SHACL validator on the W3C SHACL Core test suite', () => {
  it('runs the 53 of the 98 cases whose shapes use only our features and names what leaves out each of the others', () => {
    expect([suite.length, inScope.length]).toEqual([98, 53]);
    const found = Object.fromEntries(excluded.map((c) => [c.id, { uses: outside(c).join(', '), ...(refusal(c) ? { refused: refusal(c) } : {}) }]));
    expect(found).toEqual(EXCLUDED);
  });

  for (const c of inScope) {
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

  // Sequence paths are not ours, but the compiled validator implements them, and rdf-validate-shacl reads these paths the
  // same way.
  for (const c of suite.filter((c) => c.id.startsWith('path/path-strange-'))) {
    it(`reads a path node that is both a list and an inverse path as the sequence, as the W3C suite does: ${c.id}`, async () => {
      const { validator, results } = runCompiled(c);
      expect(compiledRows(results, c.shapes)).toEqual(c.results);
      expect(toShapeResults(results, validator.compiled)).toEqual((await validateGraph(c.data, c.shapes)).results);
    });
  }

  for (const c of excluded.filter((c) => EXCLUDED[c.id]?.refused)) {
    it(`refuses the shapes of an excluded case instead of skipping them: ${c.id}`, () => {
      expect(() => createCompiledValidator(c.shapes)).toThrow(EXCLUDED[c.id].refused);
    });
  }
});
