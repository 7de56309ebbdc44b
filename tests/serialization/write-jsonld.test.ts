// writeJsonLd: compact JSON-LD written straight from quads, using the context where values fit and full forms where not.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { buildContext, writeContext } from '../../src/serialization/build-context.ts';
import { writeJsonLd } from '../../src/serialization/write-jsonld.ts';
import { ckg, crm, rdf, rdfs, schema, sem, xsd } from '../../src/vocab.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';
import { parseJsonLd } from './fixtures/parsers.ts';
import { BASE, PREFIXES } from './fixtures/rich-graph.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;
const CONTEXT = buildContext(PREFIXES);
const id = (kind: string, local: string) => namedNode(`${BASE}${kind}/${local}`);
const graphOf = (text: string) => JSON.parse(text)['@graph'];
const readBack = (text: string) =>
  parseJsonLd(text, writeContext(CONTEXT), 'https://example.org/dist/q.jsonld', 'q.context.jsonld');

describe('writeJsonLd', () => {
  it('writes the context reference and one node per subject, sorted by @id, with @type arrays and 2-space indent', () => {
    const quads = [
      quad(id('event', 'b'), rdfs.label, literal('B', 'en')),
      quad(id('event', 'a'), sem.hasPlace, id('place', 'arsal')),
      quad(id('event', 'a'), rdf.type, sem.Event),
    ];
    expect(writeJsonLd(quads, CONTEXT, 'q.context.jsonld')).toBe(
      [
        '{',
        '  "@context": "q.context.jsonld",',
        '  "@graph": [',
        '    {',
        '      "@id": "event:a",',
        '      "@type": [',
        '        "sem:Event"',
        '      ],',
        '      "sem:hasPlace": "place:arsal"',
        '    },',
        '    {',
        '      "@id": "event:b",',
        '      "rdfs:label": {',
        '        "@value": "B",',
        '        "@language": "en"',
        '      }',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes values the way the context dictates: bare IRIs, bare coerced dates, native integers and booleans', () => {
    const s = id('quantity', 'q');
    const quads = [
      quad(s, ckg.about, id('participation', 'p')),
      quad(s, crm.P82a_begin_of_the_begin, literal('2017-07-21T00:00:00', xsd.dateTime)),
      quad(s, ckg.ordinal, literal('2', xsd.integer)),
      quad(s, ckg.assignmentCertain, literal('false', xsd.boolean)),
      quad(s, rdfs.comment, literal('plain')),
    ];
    expect(graphOf(writeJsonLd(quads, CONTEXT, 'c'))).toEqual([
      {
        '@id': 'quantity:q',
        'crm:P82a_begin_of_the_begin': '2017-07-21T00:00:00',
        'rdfs:comment': 'plain',
        'ckg:about': 'participation:p',
        'ckg:assignmentCertain': false,
        'ckg:ordinal': 2,
      },
    ]);
  });

  it('falls back to full value objects for values that do not fit the term definition, losing nothing', async () => {
    const s = id('quantity', 'q');
    const quads = [
      quad(s, ckg.about, literal('not an IRI')), // literal under an @id term
      quad(s, crm.P82a_begin_of_the_begin, literal('2017-07', xsd.gYearMonth)), // other datatype than coerced
      quad(s, crm.P82b_end_of_the_end, literal('2017-08-31')), // plain string under a datatype term
      quad(s, schema.sameAs, literal('Q41053', 'en')), // language string under an @id term
      quad(s, ckg.ordinal, literal('007', xsd.integer)), // a JSON number would read back as "7"
      quad(s, ckg.footnoteNumber, literal('12345678901234567890', xsd.integer)), // beyond a double's exact integers
      quad(s, ckg.assignmentCertain, literal('1', xsd.boolean)), // JSON true would read back as "true"
      quad(s, rdfs.seeAlso, id('place', 'p')), // an IRI under a property without coercion: {"@id"}
      quad(s, ckg.curatorNote, id('place', 'p')),
    ];
    const text = writeJsonLd(quads, CONTEXT, 'q.context.jsonld');
    expect(graphOf(text)).toEqual([
      {
        '@id': 'quantity:q',
        'crm:P82a_begin_of_the_begin': { '@value': '2017-07', '@type': 'xsd:gYearMonth' },
        'crm:P82b_end_of_the_end': { '@value': '2017-08-31' },
        'schema:sameAs': { '@value': 'Q41053', '@language': 'en' },
        'rdfs:seeAlso': 'place:p',
        'ckg:about': { '@value': 'not an IRI' },
        'ckg:assignmentCertain': { '@value': '1', '@type': 'xsd:boolean' },
        'ckg:curatorNote': { '@id': 'place:p' },
        'ckg:footnoteNumber': { '@value': '12345678901234567890', '@type': 'xsd:integer' },
        'ckg:ordinal': { '@value': '007', '@type': 'xsd:integer' },
      },
    ]);
    expectIsomorphic(await readBack(text), quads);
  });

  it('writes a literal rdf:type object under the rdf:type key, since @type holds only IRIs', async () => {
    const quads = [quad(id('event', 'a'), rdf.type, literal('Event')), quad(id('event', 'a'), rdf.type, sem.Event)];
    const text = writeJsonLd(quads, CONTEXT, 'q.context.jsonld');
    expect(graphOf(text)).toEqual([{ '@id': 'event:a', 'rdf:type': [{ '@id': 'sem:Event' }, 'Event'] }]);
    expectIsomorphic(await readBack(text), quads);
  });

  it('writes IRIs outside every prefix in full, and keeps Korean and emoji as UTF-8', async () => {
    const quads = [
      quad(
        namedNode('http://www.wikidata.org/entity/Q41053'),
        namedNode('http://example.org/vocab/p'),
        literal('헤즈볼라 🎉', 'ko'),
      ),
    ];
    const text = writeJsonLd(quads, CONTEXT, 'q.context.jsonld');
    expect(text).toContain('"http://example.org/vocab/p": {\n        "@value": "헤즈볼라 🎉",');
    expectIsomorphic(await readBack(text), quads);
  });

  it('orders nodes by the code points of their full IRIs, even where only the namespaces differ', () => {
    const context = buildContext({ smile: 'https://example.org/😀/', replacement: 'https://example.org/\uFFFD/' });
    const quads = [namedNode('https://example.org/😀/s'), namedNode('https://example.org/\uFFFD/s')].map((s) =>
      quad(s, rdfs.label, literal('x')),
    );
    expect(graphOf(writeJsonLd(quads, context, 'c')).map((n: { '@id': string }) => n['@id'])).toEqual([
      'replacement:s',
      'smile:s',
    ]);
  });

  it('refuses blank nodes: the model has none, and JSON-LD readers would relabel them', () => {
    expect(() => writeJsonLd([quad(blankNode('b0'), rdfs.label, literal('x'))], CONTEXT, 'c')).toThrow(
      'cannot write the blank node _:b0 in JSON-LD: mint an IRI for it',
    );
    expect(() => writeJsonLd([quad(id('event', 'a'), sem.hasPlace, blankNode('b1'))], CONTEXT, 'c')).toThrow(
      'cannot write the blank node _:b1 in JSON-LD: mint an IRI for it',
    );
  });

  it('refuses an IRI a JSON-LD reader would take for a compact IRI', () => {
    expect(() =>
      writeJsonLd([quad(id('place', 'p'), schema.sameAs, namedNode('geo:33.9,36.5'))], CONTEXT, 'c'),
    ).toThrow('cannot write <geo:33.9,36.5> in JSON-LD: it would read as a compact IRI with the prefix "geo"');
  });

  it('refuses a context it cannot fully honour', () => {
    expect(() => writeJsonLd([], { ...CONTEXT, '@vocab': 'https://example.org/' }, 'c')).toThrow(
      'unsupported JSON-LD context entry "@vocab": "https://example.org/"',
    );
    expect(() => writeJsonLd([], { ...CONTEXT, 'rdfs:label': { '@type': '@vocab' } }, 'c')).toThrow(
      'unsupported JSON-LD context entry "rdfs:label": {"@type":"@vocab"}',
    );
  });

  it('writes an empty @graph for no quads', () => {
    expect(writeJsonLd([], CONTEXT, 'c')).toBe('{\n  "@context": "c",\n  "@graph": []\n}\n');
  });
});
