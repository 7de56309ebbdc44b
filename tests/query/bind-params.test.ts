import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics.ts';
import { bindParams } from '../../src/query/bind-params.ts';
import { parseHeader } from '../../src/query/query-header.ts';
import { runQuery } from '../../src/query/run-query.ts';
import { codeTokens } from '../../src/sparql-tokens.ts';
import { baseOf, compactRows, fixtureStore } from './helpers.ts';
import type { SparqlStore } from '../../src/query/sparql-store.ts';

async function tripleCount(store: SparqlStore): Promise<string> {
  return store.query({ sparql: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', format: 'text/csv' });
}

const BASE = 'https://w3id.org/conflict-kg/id/mini/';

const LABEL_QUERY = `# @param name: string a label to look for
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?thing WHERE { ?thing rdfs:label ?label . FILTER(STR(?label) = ?name) }`;

function bind(query: string, values: Record<string, string>): string {
  return bindParams(query, parseHeader(query).params, values, { base: BASE, file: 'q.rq' });
}

function messages(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof DiagnosticError)
      return e.diagnostics.map((d) => `${d.code} ${d.span ? `${d.span.line}:${d.span.column} ` : ''}${d.message}`);
    throw e;
  }
  throw new Error('expected a DiagnosticError');
}

describe('bindParams', () => {
  it('binds a value with a VALUES clause at the start of the top-level WHERE group', () => {
    expect(bind(LABEL_QUERY, { name: 'Arsal' })).toMatch(
      /SELECT \?thing WHERE \{ VALUES \?name \{ "Arsal"\^\^<http:\/\/www.w3.org\/2001\/XMLSchema#string> \}\s+\?thing rdfs:label/,
    );
  });

  it('turns an id into the IRI of that kind of resource under the dataset base', () => {
    const q = '# @param side: side-id\nSELECT * WHERE { ?e ?p ?side }';
    expect(bind(q, { side: 'side-1' })).toContain(`VALUES ?side { <${BASE}side/side-1> }`);
  });

  it('binds an actor, place or event id under the shared register base and under the dataset base', () => {
    const q = '# @param place: place-id\nSELECT * WHERE { ?e ?p ?place }';
    expect(bind(q, { place: 'arsal' })).toContain(
      `VALUES ?place { <https://w3id.org/conflict-kg/id/place/arsal> <${BASE}place/arsal> }`,
    );
  });

  it('binds a month-precision date as the first moment (date-start) or the last moment (date-end) of its month', () => {
    const q = '# @param from: date-start\n# @param to: date-end\nSELECT * WHERE { ?a ?b ?c }';
    const bound = bind(q, { from: '2014-08', to: '2014-02' });
    expect(bound).toContain('VALUES ?from { "2014-08-01T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> }');
    expect(bound).toContain('VALUES ?to { "2014-02-28T23:59:59"^^<http://www.w3.org/2001/XMLSchema#dateTime> }');
  });

  it('cannot change the structure of the query, whatever the value holds', async () => {
    const hostile = '"} ; DROP ALL #';
    const bound = bind(LABEL_QUERY, { name: hostile });
    const before = codeTokens(LABEL_QUERY).map((t) => t.text);
    const after = codeTokens(bound).map((t) => t.text);
    // Exactly seven tokens are added: VALUES ?name { "…" ^^ <xsd:string> }; the value stays inside one string token.
    const added = [
      'VALUES',
      '?name',
      '{',
      '"\\"} ; DROP ALL #"',
      '^^',
      '<http://www.w3.org/2001/XMLSchema#string>',
      '}',
    ];
    expect(after).toEqual([...before.slice(0, 7), ...added, ...before.slice(7)]);
    const store = await fixtureStore();
    const size = await tripleCount(store);
    const result = await runQuery(store, { text: LABEL_QUERY, file: 'q.rq' }, { params: { name: hostile } });
    expect(result).toEqual({ kind: 'bindings', vars: ['thing'], rows: [] });
    expect(await tripleCount(store)).toBe(size);
  });

  it('finds the value it binds, as a term', async () => {
    const store = await fixtureStore();
    const result = await runQuery(store, { text: LABEL_QUERY, file: 'q.rq' }, { params: { name: '아살' } });
    expect(compactRows(result, await baseOf(store))).toEqual([{ thing: 'place:arsal' }]);
  });

  it('rejects an id that is not a slug, and an impossible date, at the declaration', () => {
    const q = '# @param place: place-id\n# @param day: date\nSELECT * WHERE { ?place ?p ?day }';
    expect(messages(() => bind(q, { place: 'arsal> } ; DROP ALL #', day: '2017-02-30' }))).toEqual([
      'E_QUERY_PARAM 1:1 parameter "place" = "arsal> } ; DROP ALL #": expected a place id (a lowercase slug such as "arsal") or an absolute IRI',
      'E_QUERY_PARAM 2:1 parameter "day" = "2017-02-30": expected a date YYYY-MM-DD',
    ]);
  });

  it('reports a missing parameter and an undeclared one', () => {
    expect(messages(() => bind(LABEL_QUERY, { nmae: 'x' }))).toEqual([
      'E_QUERY_PARAM the query declares no parameter "nmae" (declared: name); declare it with "# @param nmae: TYPE"',
      'E_QUERY_PARAM 1:1 missing parameter "name" (string: a label to look for): pass --param name=VALUE',
    ]);
  });

  it('leaves an optional parameter unbound when it is not given', () => {
    const q = '# @param kind: quantity-kind?\nSELECT * WHERE { ?q ?p ?kind }';
    expect(bind(q, {})).toBe(q);
    expect(messages(() => bind(q, { kind: 'dead' }))[0]).toMatch(
      /^E_QUERY_PARAM 1:1 parameter "kind" = "dead": expected one of personnel-strength, killed, /,
    );
  });
});
