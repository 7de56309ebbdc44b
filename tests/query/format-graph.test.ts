import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { formatJsonLd, formatNTriples, formatTurtle } from '../../src/query/format-graph.ts';
import { prefixesFor, rdfs, xsd, sem } from '../../src/vocab.ts';

const { namedNode, literal, quad } = DataFactory;
const BASE = 'https://w3id.org/conflict-kg/id/mini/';
const event = namedNode(`${BASE}event/capture-arsal-posts`);
const QUADS = [
  quad(event, rdfs.label, literal('아살 방어거점 점령', 'ko')),
  quad(event, sem.hasTimeStamp, literal('2017-07-22', xsd.date)),
  quad(event, sem.hasPlace, namedNode(`${BASE}place/arsal`)),
];

describe('graph formats', () => {
  it("writes the blank nodes of a query's answer in JSON-LD, as the same graph", async () => {
    const quads = [
      quad(DataFactory.blankNode('b0'), rdfs.label, literal('x')),
      quad(event, sem.hasPlace, DataFactory.blankNode('b0')),
    ];
    const doc = JSON.parse(formatJsonLd(quads, prefixesFor(BASE)));
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
    expect(isomorphic(new Parser({ format: 'N-Quads' }).parse(nquads), quads)).toBe(true);
  });

  it('writes Turtle with only the prefixes it uses, and the same graph', async () => {
    const ttl = await formatTurtle(QUADS, prefixesFor(BASE));
    expect(ttl).toContain('event:capture-arsal-posts');
    expect(ttl).not.toContain('@prefix claim:');
    expect(isomorphic(new Parser().parse(ttl), QUADS)).toBe(true);
  });

  it('writes sorted N-Triples', async () => {
    const nt = await formatNTriples(QUADS);
    expect(nt.trim().split('\n')).toHaveLength(3);
    expect(isomorphic(new Parser({ format: 'N-Triples' }).parse(nt), QUADS)).toBe(true);
  });

  it('writes JSON-LD compacted with the prefixes, that reads back as the same graph', async () => {
    const doc = JSON.parse(await formatJsonLd(QUADS, prefixesFor(BASE)));
    expect(doc['@context'].event).toBe(`${BASE}event/`);
    expect(doc['@graph'][0]['@id']).toBe('event:capture-arsal-posts');
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
    expect(isomorphic(new Parser({ format: 'N-Quads' }).parse(nquads), QUADS)).toBe(true);
  });
});
