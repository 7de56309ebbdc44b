// Tests validateGraph: results as plain strings, severities, paths, shapes, and a blank-node-free, deterministic report.
import { Parser, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/validation/load-shapes.ts';
import { validateGraph } from '../../src/validation/validate-graph.ts';
import { DEFAULT_RESOURCE_BASE, NS } from '../../src/vocab.ts';

const PREFIXES = `@prefix sh: <${NS.sh}> . @prefix xsd: <${NS.xsd}> . @prefix ex: <https://example.org/> .
@prefix rdfs: <${NS.rdfs}> . @prefix ckg: <${NS.ckg}> . @prefix crm: <${NS.crm}> . @prefix time: <${NS.time}> .\n`;
const BASE = 'https://example.org/report/';

const turtle = (text: string, blankNodePrefix?: string): Quad[] =>
  new Parser({ blankNodePrefix }).parse(PREFIXES + text);

const SHAPES = `
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:property ex:CountShape ;
  sh:property [ sh:path ex:size ; sh:datatype xsd:integer ; sh:message "size must be an integer" ] ;
  sh:property [ sh:path [ sh:inversePath ex:has ] ; sh:minCount 1 ; sh:severity sh:Warning ] ;
  sh:property [ sh:path ex:kind ; sh:hasValue ex:A , ex:B ; sh:message "needs kinds A and B" ] .
ex:CountShape a sh:PropertyShape ; sh:path ex:count ; sh:maxCount 1 ; sh:message "at most one count"@en .
`;

describe('validateGraph', () => {
  it('returns conforms with no results and a report of two named triples for conforming data', async () => {
    const data = turtle('ex:holder ex:has ex:t . ex:t a ex:Thing ; ex:size 3 ; ex:kind ex:A , ex:B .');
    const outcome = await validateGraph(data, turtle(SHAPES), { reportBase: BASE });
    expect(outcome.conforms).toBe(true);
    expect(outcome.results).toEqual([]);
    expect(isomorphic(outcome.reportQuads, turtle(`<${BASE}report> a sh:ValidationReport ; sh:conforms true .`))).toBe(
      true,
    );
  });

  it('returns each result as plain strings with message, severity, component, path, value and shape', async () => {
    const data = turtle('ex:t a ex:Thing ; ex:count 1 , 2 ; ex:size "big"@en , 3.5 ; ex:kind ex:A .');
    const outcome = await validateGraph(data, turtle(SHAPES), { reportBase: BASE });
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toEqual([
      {
        focusNode: 'https://example.org/t',
        path: '^https://example.org/has',
        message: 'Less than 1 values',
        severity: 'warning',
        component: 'MinCountConstraintComponent',
        shape: 'https://example.org/ThingShape',
      },
      {
        focusNode: 'https://example.org/t',
        path: 'https://example.org/count',
        message: 'at most one count',
        severity: 'violation',
        component: 'MaxCountConstraintComponent',
        shape: 'https://example.org/CountShape',
      },
      {
        focusNode: 'https://example.org/t',
        path: 'https://example.org/kind',
        message: 'needs kinds A and B',
        severity: 'violation',
        component: 'HasValueConstraintComponent',
        shape: 'https://example.org/ThingShape',
      },
      {
        focusNode: 'https://example.org/t',
        path: 'https://example.org/size',
        value: '"3.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        message: 'size must be an integer',
        severity: 'violation',
        component: 'DatatypeConstraintComponent',
        shape: 'https://example.org/ThingShape',
      },
      {
        focusNode: 'https://example.org/t',
        path: 'https://example.org/size',
        value: '"big"@en',
        message: 'size must be an integer',
        severity: 'violation',
        component: 'DatatypeConstraintComponent',
        shape: 'https://example.org/ThingShape',
      },
    ]);
  });

  it('writes sequence, alternative and zero-or-more paths in SPARQL notation', async () => {
    const shapes = turtle(`ex:S a sh:NodeShape ; sh:targetNode ex:t ;
      sh:property [ sh:path ( ex:a ex:b ) ; sh:minCount 1 ] ,
        [ sh:path [ sh:alternativePath ( ex:a [ sh:inversePath ex:b ] ) ] ; sh:minCount 1 ] ,
        [ sh:path [ sh:zeroOrMorePath ex:a ] ; sh:minCount 2 ] .`);
    const { results } = await validateGraph(turtle('ex:t ex:c ex:d .'), shapes);
    expect(results.map((r) => r.path)).toEqual([
      '(https://example.org/a|^https://example.org/b)',
      'https://example.org/a*',
      'https://example.org/a/https://example.org/b',
    ]);
  });

  it('writes the report without blank nodes, results named by a hash under the base', async () => {
    const data = turtle('ex:t a ex:Thing ; ex:count 1 , 2 ; ex:size "big" .');
    const { reportQuads } = await validateGraph(data, turtle(SHAPES), { reportBase: BASE });
    const terms = reportQuads.flatMap((q) => [q.subject, q.object]);
    expect(terms.filter((t) => t.termType === 'BlankNode')).toEqual([]);
    const results = reportQuads.filter((q) => q.predicate.value === `${NS.sh}result`).map((q) => q.object.value);
    expect(results).toHaveLength(5);
    for (const r of results) expect(r).toMatch(/^https:\/\/example\.org\/report\/result\/[0-9a-f]{16}(-2)?$/);
  });

  it('numbers results that share focus node, path, component and value', async () => {
    const data = turtle('ex:t a ex:Thing ; ex:kind ex:C .');
    const { reportQuads } = await validateGraph(data, turtle(SHAPES), { reportBase: BASE });
    const results = reportQuads
      .filter((q) => q.predicate.value === `${NS.sh}result`)
      .map((q) => q.object.value)
      .sort();
    expect(results).toHaveLength(3);
    expect(results.filter((r) => r.endsWith('-2'))).toHaveLength(1);
  });

  it('names the report the same way whatever the blank node labels of data and shapes', async () => {
    const data = 'ex:t a ex:Thing ; ex:count 1 , 2 ; ex:size "big" ; ex:kind ex:C .';
    const first = await validateGraph(turtle(data, 'x'), turtle(SHAPES, 'a'), { reportBase: BASE });
    const second = await validateGraph(turtle(data, 'y'), turtle(SHAPES, 'b'), { reportBase: BASE });
    const text = (qs: Quad[]) => qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
    expect(text(second.reportQuads)).toEqual(text(first.reportQuads));
  });

  it('names the report under <DEFAULT_RESOURCE_BASE>validation/ when no base is given', async () => {
    const { reportQuads } = await validateGraph(turtle('ex:t a ex:Other .'), turtle(SHAPES));
    expect(reportQuads.map((q) => q.subject.value)).toEqual([
      `${DEFAULT_RESOURCE_BASE}validation/report`,
      `${DEFAULT_RESOURCE_BASE}validation/report`,
    ]);
  });

  it('reports a reversed time span with the message of the project shapes', async () => {
    const data = turtle(`ex:span a ckg:TimeSpan , crm:E52_Time-Span , time:ProperInterval ;
      crm:P82a_begin_of_the_begin "2017-08-28T00:00:00"^^xsd:dateTime ; crm:P82b_end_of_the_end "2017-07-21T23:59:59"^^xsd:dateTime .
      ex:event crm:P4_has_time-span ex:span . ex:event a ckg:Event .`);
    const { results } = await validateGraph(data, loadShapes());
    expect(results.find((r) => r.focusNode === 'https://example.org/span')).toEqual({
      focusNode: 'https://example.org/span',
      path: `${NS.crm}P82a_begin_of_the_begin`,
      value: '"2017-08-28T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>',
      message:
        'the time span begins after it ends: crm:P82a_begin_of_the_begin must not be later than crm:P82b_end_of_the_end',
      severity: 'violation',
      component: 'LessThanOrEqualsConstraintComponent',
      shape: 'https://w3id.org/conflict-kg/shapes#TimeSpanShape',
    });
  });
});
