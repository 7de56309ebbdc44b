// writeNTriples: canonical N-Triples, one sorted line per distinct triple, UTF-8, trailing newline.
import { describe, expect, it } from 'vitest';
import { DataFactory, type Quad } from 'n3';
import { compareCodePoints } from '../../src/serialization/code-point-order.ts';
import { writeNTriples } from '../../src/serialization/write-ntriples.ts';
import { ckg, rdf, rdfs, sem, xsd } from '../../src/vocab.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';
import { parseWithN3 } from './fixtures/parsers.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;
const ex = (local: string) => namedNode(`https://example.org/${local}`);

/** The reference order: every line written on its own, sorted by code point, duplicates dropped. */
const naive = (quads: Quad[]) => {
  const lines = [...new Set(quads.map((q) => writeNTriples([q]).trimEnd()))].sort(compareCodePoints);
  return `${lines.join('\n')}\n`;
};

describe('writeNTriples', () => {
  it('writes one line per triple, sorted by code point, with a trailing newline', () => {
    const quads = [
      quad(ex('b'), rdfs.label, literal('B', 'en')),
      quad(ex('a'), rdf.type, sem.Event),
      quad(ex('a'), ckg.ordinal, literal('2', xsd.integer)),
    ];
    expect(writeNTriples(quads)).toBe(
      '<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://semanticweb.cs.vu.nl/2009/11/sem/Event> .\n' +
        '<https://example.org/a> <https://w3id.org/conflict-kg/ontology#ordinal> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' +
        '<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B"@en .\n',
    );
  });

  it('writes xsd:string literals without a datatype and drops duplicate triples', () => {
    const triple = quad(ex('a'), rdfs.comment, literal('plain'));
    expect(writeNTriples([triple, triple])).toBe(
      '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#comment> "plain" .\n',
    );
  });

  it('escapes as canonical N-Triples does and keeps Korean and emoji as UTF-8', () => {
    const quads = [quad(ex('a'), rdfs.comment, literal('"칼라문" \\ \n\r\t\b\f \u0000\u001f\u007f 🎉'))];
    const nt = writeNTriples(quads);
    expect(nt).toBe(
      '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#comment> "\\"칼라문\\" \\\\ \\n\\r\\t\\b\\f \\u0000\\u001F\\u007F 🎉" .\n',
    );
    expectIsomorphic(parseWithN3(nt, 'N-Triples'), quads);
  });

  it('sorts lines by code point, as `LC_ALL=C sort` does, not by UTF-16 unit', () => {
    const quads = [quad(ex('a'), rdfs.label, literal('😀')), quad(ex('a'), rdfs.label, literal('\uFFFD'))];
    const label = '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label>';
    expect(writeNTriples(quads)).toBe(`${label} "\uFFFD" .\n${label} "😀" .\n`);
  });

  it('orders whole lines even where one term is the start of another (literal forms, blank node labels, IRIs)', () => {
    const subjects = [ex('a'), ex('ab'), ex('a/b'), blankNode('b1'), blankNode('b10'), blankNode('b2')];
    const objects = [
      literal('abc'),
      literal('abc', 'en'),
      literal('abc', 'en-gb'),
      literal('ab'),
      literal('abc', xsd.integer),
      ex('a'),
      ex('ab'),
      literal('😀'),
      literal('\uFFFD'),
    ];
    const quads = subjects.flatMap((s) =>
      objects.flatMap((o) => [quad(s, rdfs.label, o), quad(s, rdf.type, o), quad(s, rdfs.label, o)]),
    );
    expect(writeNTriples(quads)).toBe(naive(quads));
  });

  it('orders the lines the same way when a batch holds more distinct terms than ranks can pack (2^17)', () => {
    const quads = Array.from({ length: 70_000 }, (_, i) =>
      quad(ex(`n${(i * 7919) % 70_000}`), rdfs.label, literal(`v${i % 1000}-${i}`)),
    );
    expect(writeNTriples(quads)).toBe(naive(quads));
  });

  it('writes blank nodes with their labels', () => {
    expect(writeNTriples([quad(blankNode('r1'), rdfs.label, literal('x'))])).toBe(
      '_:r1 <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n',
    );
  });

  it('writes nothing for no quads', () => {
    expect(writeNTriples([])).toBe('');
  });

  it('refuses an IRI holding a character IRIs may not contain', () => {
    expect(() => writeNTriples([quad(ex('a>b'), rdfs.label, literal('x'))])).toThrow(
      'cannot serialize the IRI <https://example.org/a>b>: it holds ">", which IRIs may not contain',
    );
  });
});
