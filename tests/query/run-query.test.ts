import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { prepareQuery, type QueryText, runQuery } from '../../src/query/run-query.ts';
import { baseOf, compactRows, fixtureStore } from './helpers.ts';

/** The formatted diagnostics of preparing a query on the fixture store (its engine checks the syntax). */
async function failure(query: QueryText): Promise<string> {
  try {
    await prepareQuery(await fixtureStore(), query, {});
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
  it('points a syntax error at the line and column of the query file', async () => {
    const text = '# title: broken\nSELECT ?s\nWHERE {\n  ?s ?p ?o\n  OPTIONL { ?s ?p ?x }\n}';
    expect(await failure({ text, file: 'queries/broken.rq' })).toBe(
      'queries/broken.rq:5:3: error E_QUERY_SYNTAX: unknown keyword "OPTIONL": did you mean OPTIONAL?',
    );
  });

  it('names an undeclared prefix at its position', async () => {
    const text =
      'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s WHERE {\n  ?s rdfs:label ?l ; ckg:actor ?o .\n}';
    expect(await failure({ text, file: '<query>' })).toBe(
      '<query>:3:22: error E_QUERY_SYNTAX: prefix "ckg:" is not declared',
    );
  });

  it('refuses an update', async () => {
    expect(await failure({ text: 'DELETE WHERE { ?s ?p ?o }', file: '<query>' })).toBe(
      '<query>:1:1: error E_QUERY_UPDATE: expected a query (SELECT, ASK, CONSTRUCT, DESCRIBE), found an update (DELETE): this engine is read-only',
    );
  });

  it('refuses an update as an update, at its keyword after the prologue', async () => {
    const text = 'PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }';
    expect(await failure({ text, file: 'u.rq' })).toBe(
      'u.rq:2:1: error E_QUERY_UPDATE: expected a query (SELECT, ASK, CONSTRUCT, DESCRIBE), found an update (INSERT): this engine is read-only',
    );
  });

  it('names a misspelt keyword and the one meant, at the word', async () => {
    expect(await failure({ text: 'SELECT * WHERE { ?s ?p ?o } LIMT 5', file: 'q.rq' })).toBe(
      'q.rq:1:29: error E_QUERY_SYNTAX: unknown keyword "LIMT": did you mean LIMIT?',
    );
  });

  it('points a triple pattern that ends before its object at its own line, not at the end of the query', async () => {
    const text = 'SELECT *\nWHERE {\n  ?s ?p ?o .\n\n\n  ?s ?p\n}\n';
    expect(await failure({ text, file: 'q.rq' })).toBe(
      'q.rq:6:6: error E_QUERY_SYNTAX: expected an object after the predicate ?p, found the end of the group',
    );
  });
});
