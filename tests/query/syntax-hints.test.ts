import { describe, expect, it } from 'vitest';
import { syntaxHint } from '../../src/query/syntax-hints.ts';

describe('syntaxHint', () => {
  it('points at a group that is never closed', () => {
    expect(syntaxHint('SELECT * WHERE {\n  ?s ?p ?o .\n  OPTIONAL { ?s ?q ?x\n}')).toEqual({
      message: '"{" is never closed',
      line: 1,
      column: 16,
    });
  });

  it('points at a bracket that closes the wrong thing, or nothing', () => {
    expect(syntaxHint('SELECT * WHERE {\n  FILTER(?o > 3}\n}')).toEqual({
      message: '"}" does not close the "(" opened before it',
      line: 2,
      column: 16,
    });
    expect(syntaxHint('SELECT * WHERE { ?s ?p ?o } }')).toEqual({ message: '"}" closes nothing', line: 1, column: 29 });
  });

  it('ignores brackets and prefixes inside strings, IRIs and comments', () => {
    expect(syntaxHint('# { ex:\nPREFIX a: <http://a/(>\nSELECT * WHERE { ?s a:p "} x:y (" }')).toBeUndefined();
  });

  it('names an undeclared prefix', () => {
    expect(syntaxHint('SELECT * WHERE {\n  ?s ckg:actor ?o }')?.message).toBe('prefix "ckg:" is not declared');
  });
});
