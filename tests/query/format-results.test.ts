import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatTable, formatTsv } from '../../src/query/format-results.ts';
import type { QueryResult } from '../../src/query/run-query.ts';
import { prefixesFor, xsd } from '../../src/vocab.ts';

const { namedNode, literal, blankNode } = DataFactory;
const BASE = 'https://w3id.org/conflict-kg/id/mini/';

const RESULT: QueryResult = {
  kind: 'bindings',
  vars: ['actor', 'label', 'killed'],
  rows: [
    {
      actor: namedNode(`${BASE}actor/hezbollah`),
      label: literal('헤즈볼라', 'ko'),
      killed: literal('35', xsd.nonNegativeInteger),
    },
    { actor: namedNode(`${BASE}actor/lebanon`), label: literal('Lebanon, "the state"\nline 2') },
    { actor: blankNode('b0'), killed: literal('3', xsd.integer) },
  ],
};

describe('formatTable', () => {
  it('aligns columns by display width, so Korean labels line up', () => {
    const lines = formatTable(RESULT, prefixesFor(BASE)).split('\n');
    expect(lines).toEqual([
      'actor            label                        killed',
      '---------------  ---------------------------  ------',
      'actor:hezbollah  헤즈볼라                     35',
      'actor:lebanon    Lebanon, "the state" line 2',
      '_:b0                                          3',
      '(3 rows)',
      '',
    ]);
  });

  it('shows an ASK answer as true or false', () => {
    expect(formatTable({ kind: 'boolean', value: false })).toBe('false\n');
  });
});

describe('standard result formats', () => {
  it('writes SPARQL 1.1 Query Results JSON', () => {
    expect(JSON.parse(formatJson(RESULT))).toEqual({
      head: { vars: ['actor', 'label', 'killed'] },
      results: {
        bindings: [
          {
            actor: { type: 'uri', value: `${BASE}actor/hezbollah` },
            label: { type: 'literal', value: '헤즈볼라', 'xml:lang': 'ko' },
            killed: { type: 'literal', value: '35', datatype: xsd.nonNegativeInteger.value },
          },
          {
            actor: { type: 'uri', value: `${BASE}actor/lebanon` },
            label: { type: 'literal', value: 'Lebanon, "the state"\nline 2' },
          },
          {
            actor: { type: 'bnode', value: 'b0' },
            killed: { type: 'literal', value: '3', datatype: xsd.integer.value },
          },
        ],
      },
    });
    expect(JSON.parse(formatJson({ kind: 'boolean', value: true }))).toEqual({ head: {}, boolean: true });
  });

  it('writes SPARQL 1.1 CSV: plain values, quoted when they hold a comma, quote or line break, CRLF line ends', () => {
    expect(formatCsv(RESULT)).toBe(
      `actor,label,killed\r\n${BASE}actor/hezbollah,헤즈볼라,35\r\n${BASE}actor/lebanon,"Lebanon, ""the state""\nline 2",\r\n_:b0,,3\r\n`,
    );
  });

  it('writes SPARQL 1.1 TSV: terms in Turtle syntax under ?var headers', () => {
    expect(formatTsv(RESULT)).toBe(
      [
        '?actor\t?label\t?killed',
        `<${BASE}actor/hezbollah>\t"헤즈볼라"@ko\t"35"^^<${xsd.nonNegativeInteger.value}>`,
        `<${BASE}actor/lebanon>\t"Lebanon, \\"the state\\"\\nline 2"\t`,
        `_:b0\t\t"3"^^<${xsd.integer.value}>`,
        '',
      ].join('\n'),
    );
  });
});
