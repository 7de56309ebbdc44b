// writeTurtle: stable prefixes and ordering, prefixed names only where legal, literals and escapes that read back.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { writeTurtle } from '../../src/serialization/write-turtle.ts';
import { ckg, rdfs, sem, xsd } from '../../src/vocab.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';
import { parseWithN3 } from './fixtures/parsers.ts';
import { BASE, PREFIXES } from './fixtures/rich-graph.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;
const SMALL_PREFIXES = {
  rdfs: PREFIXES.rdfs,
  xsd: PREFIXES.xsd,
  sem: PREFIXES.sem,
  ckg: PREFIXES.ckg,
  event: PREFIXES.event,
};
const event = (id: string) => namedNode(`${BASE}event/${id}`);
const body = (turtle: string) => turtle.slice(turtle.indexOf('\n\n') + 2);

describe('writeTurtle', () => {
  it('writes every prefix, used or not, in the order of the prefixes object, then a blank line', () => {
    const turtle = writeTurtle([quad(event('a'), rdfs.label, literal('A', 'en'))], {
      ckg: PREFIXES.ckg,
      rdfs: PREFIXES.rdfs,
      event: PREFIXES.event,
    });
    expect(turtle).toBe(
      '@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n' +
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n' +
        `@prefix event: <${BASE}event/> .\n` +
        '\nevent:a rdfs:label "A"@en .\n',
    );
  });

  it('writes one block per subject, subjects sorted, `a` first, then predicates and objects sorted', () => {
    const quads = [
      quad(event('b'), rdfs.label, literal('B', 'en')),
      quad(event('a'), sem.hasSubEvent, event('b')),
      quad(event('a'), rdfs.label, literal('칼라문 공세', 'ko')),
      quad(event('a'), namedNode(`${PREFIXES.rdf}type`), sem.Event),
      quad(event('a'), rdfs.label, literal('Qalamoun offensive', 'en')),
      quad(event('a'), namedNode(`${PREFIXES.rdf}type`), ckg.MilitaryOperation),
    ];
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:a a sem:Event, ckg:MilitaryOperation ;\n' +
        '    sem:hasSubEvent event:b ;\n' +
        '    rdfs:label "Qalamoun offensive"@en, "칼라문 공세"@ko .\n' +
        '\n' +
        'event:b rdfs:label "B"@en .\n',
    );
  });

  it('writes xsd:gYearMonth dates with their datatype', () => {
    const turtle = writeTurtle(
      [quad(event('a'), sem.hasEndTimeStamp, literal('2017-08', xsd.gYearMonth))],
      SMALL_PREFIXES,
    );
    expect(body(turtle)).toBe('event:a sem:hasEndTimeStamp "2017-08"^^xsd:gYearMonth .\n');
  });

  it('writes canonical xsd:integer bare and quotes any other lexical form, so rdflib keeps it', () => {
    const quads = ['20', '-3', '0', '007', '+5'].map((n) => quad(event('a'), ckg.ordinal, literal(n, xsd.integer)));
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:a ckg:ordinal "+5"^^xsd:integer, -3, 0, "007"^^xsd:integer, 20 .\n',
    );
  });

  it('writes canonical booleans bare and any other boolean lexical form quoted', () => {
    const quads = ['true', 'false', '1'].map((b) => quad(event('a'), ckg.assignmentCertain, literal(b, xsd.boolean)));
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:a ckg:assignmentCertain "1"^^xsd:boolean, false, true .\n',
    );
    expectIsomorphic(parseWithN3(writeTurtle(quads, SMALL_PREFIXES), 'Turtle'), quads);
  });

  it('writes plain strings without a datatype and other datatypes as prefixed names or full IRIs', () => {
    const quads = [
      quad(event('a'), rdfs.comment, literal('plain')),
      quad(event('a'), rdfs.comment, literal('custom', namedNode('http://example.org/dt#x'))),
      quad(event('a'), rdfs.comment, literal('2.50', xsd.decimal)),
    ];
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:a rdfs:comment "2.50"^^xsd:decimal, "custom"^^<http://example.org/dt#x>, "plain" .\n',
    );
  });

  it('uses a prefixed name only where the local part is a valid PN_LOCAL', () => {
    const objects = ['qalamoun/east', 'arsal.', '칼라문', '1st-phase', 'a.b', 'x%20y', ''].map(event);
    const quads = objects.map((o) => quad(event('a'), sem.hasSubEvent, o));
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:a sem:hasSubEvent event:, event:1st-phase, ' +
        `event:a.b, <${BASE}event/arsal.>, <${BASE}event/qalamoun/east>, <${BASE}event/x%20y>, event:칼라문 .\n`,
    );
    expectIsomorphic(parseWithN3(writeTurtle(quads, SMALL_PREFIXES), 'Turtle'), quads);
  });

  it('escapes quotes, backslashes, newlines and control characters, and keeps Korean and emoji as UTF-8', () => {
    const text = '"인용" \\ line\nnext\r\ttab 🎉 \u0001\u007f';
    const quads = [quad(event('a'), ckg.curatorNote, literal(text, 'ko'))];
    const turtle = writeTurtle(quads, SMALL_PREFIXES);
    expect(body(turtle)).toBe(
      'event:a ckg:curatorNote "\\"인용\\" \\\\ line\\nnext\\r\\ttab 🎉 \\u0001\\u007F"@ko .\n',
    );
    expectIsomorphic(parseWithN3(turtle, 'Turtle'), quads);
  });

  it('orders subjects by code point, not by UTF-16 unit (U+FFFD before an emoji)', () => {
    const quads = [quad(event('😀'), rdfs.label, literal('x')), quad(event('\uFFFD'), rdfs.label, literal('x'))];
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe(
      'event:\uFFFD rdfs:label "x" .\n\nevent:😀 rdfs:label "x" .\n',
    );
  });

  it('writes blank nodes (as in SHACL reports) as labels after the IRI subjects', () => {
    const quads = [quad(blankNode('r1'), rdfs.label, literal('x')), quad(event('a'), rdfs.seeAlso, blankNode('r1'))];
    expect(body(writeTurtle(quads, SMALL_PREFIXES))).toBe('event:a rdfs:seeAlso _:r1 .\n\n_:r1 rdfs:label "x" .\n');
  });

  it('refuses an IRI holding a character IRIs may not contain', () => {
    expect(() => writeTurtle([quad(event('a b'), rdfs.label, literal('x'))], SMALL_PREFIXES)).toThrow(
      `cannot serialize the IRI <${BASE}event/a b>: it holds " ", which IRIs may not contain`,
    );
  });

  it('refuses a blank node label Turtle cannot carry', () => {
    expect(() => writeTurtle([quad(blankNode('a b'), rdfs.label, literal('x'))], SMALL_PREFIXES)).toThrow(
      'cannot serialize the blank node label "a b"',
    );
  });

  it('refuses a prefix name Turtle cannot carry', () => {
    expect(() => writeTurtle([], { 'event-type/': PREFIXES.eventtype })).toThrow(
      '"event-type/" is not a valid Turtle prefix name',
    );
  });

  it('writes only the prefixes for no quads', () => {
    expect(writeTurtle([], { ckg: PREFIXES.ckg })).toBe('@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n');
  });
});
