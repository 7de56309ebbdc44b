import { describe, expect, it } from 'vitest';
import { codeTokens, lineColumn, queryForm } from '../src/sparql-tokens.ts';

describe('codeTokens', () => {
  it('keeps braces, keywords and variables inside strings and comments out of the code', () => {
    const tokens = codeTokens('# { WHERE ?x\nSELECT ?a WHERE { ?a ?b "} WHERE { ?c" . ?a ?b """multi\n}""" }');
    expect(tokens.map((t) => t.text)).toEqual([
      'SELECT',
      '?a',
      'WHERE',
      '{',
      '?a',
      '?b',
      '"} WHERE { ?c"',
      '.',
      '?a',
      '?b',
      '"""multi\n}"""',
      '}',
    ]);
  });

  it('reads prefixed names with hyphens and IRIs as single tokens', () => {
    const tokens = codeTokens('?e crm:P4_has_time-span <http://x/y#z> ; a ckg:Event');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['var', '?e'],
      ['pname', 'crm:P4_has_time-span'],
      ['iri', '<http://x/y#z>'],
      ['punct', ';'],
      ['word', 'a'],
      ['pname', 'ckg:Event'],
    ]);
  });
});

describe('queryForm', () => {
  it('finds the form after the prologue and comments', () => {
    expect(queryForm('# title: x\nPREFIX a: <http://a/>\nBASE <http://b/>\nconstruct WHERE { ?s ?p ?o }')).toBe(
      'CONSTRUCT',
    );
    expect(queryForm('ASK {}')).toBe('ASK');
  });

  it('gives nothing for an update', () => {
    expect(queryForm('DROP ALL')).toBeUndefined();
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
  });
});

describe('queryForm after a prologue', () => {
  it('finds the form after comments and prefixes', () => {
    expect(
      queryForm(
        '# select the count\nPREFIX ask: <http://x/>\nBASE <http://y/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }',
      ),
    ).toBe('CONSTRUCT');
    expect(queryForm('prefix : <x:>\nask { ?s ?p ?o }')).toBe('ASK');
  });
});
