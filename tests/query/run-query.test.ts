import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { prepareQuery, runQuery } from '../../src/query/run-query.ts';
import { baseOf, compactRows, fixtureStore } from './helpers.ts';

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map(formatDiagnostic).join('\n');
    throw e;
  }
  throw new Error('expected a DiagnosticError');
}

describe('runQuery', () => {
  it('answers a SELECT with terms, in the projection order', async () => {
    const store = await fixtureStore();
    const text =
      'PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?place ?type WHERE { ?place ckg:placeType ?type ; ckg:within ?w } ORDER BY ?place';
    const result = await runQuery(store, { text, file: 'q.rq' });
    expect(result.kind === 'bindings' && result.vars).toEqual(['place', 'type']);
    expect(compactRows(result, await baseOf(store))).toEqual([
      { place: 'place:arsal', type: 'placetype:town' },
      { place: 'place:arsal-outskirts', type: 'placetype:area' },
    ]);
  });

  it('answers an ASK with a boolean and a CONSTRUCT with quads', async () => {
    const store = await fixtureStore();
    expect(await runQuery(store, { text: 'ASK { ?s ?p "아살"@ko }', file: 'q.rq' })).toEqual({
      kind: 'boolean',
      value: true,
    });
    const graph = await runQuery(store, {
      text: 'CONSTRUCT { ?s ?p "아살"@ko } WHERE { ?s ?p "아살"@ko }',
      file: 'q.rq',
    });
    expect(graph.kind === 'graph' && graph.quads.map((q) => q.subject.value)).toEqual([
      'https://w3id.org/conflict-kg/id/mini/place/arsal',
    ]);
  });
});

describe('prepareQuery', () => {
  it('points a syntax error at the line and column of the query file', () => {
    const text = '# title: broken\nSELECT ?s\nWHERE {\n  ?s ?p ?o\n  OPTIONL { ?s ?p ?x }\n}';
    expect(failure(() => prepareQuery({ text, file: 'queries/broken.rq' }, {}))).toBe(
      'queries/broken.rq:5:11: error E_QUERY_SYNTAX: expected OPTIONAL',
    );
  });

  it('names an undeclared prefix at its position', () => {
    const text =
      'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s WHERE {\n  ?s rdfs:label ?l ; ckg:actor ?o .\n}';
    expect(failure(() => prepareQuery({ text, file: '<query>' }, {}))).toBe(
      '<query>:3:22: error E_QUERY_SYNTAX: prefix "ckg:" is not declared',
    );
  });

  it('refuses an update', () => {
    expect(failure(() => prepareQuery({ text: 'DELETE WHERE { ?s ?p ?o }', file: '<query>' }, {}))).toBe(
      '<query>:1:1: error E_QUERY_SYNTAX: only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) can run here, not updates',
    );
  });
});
