// Names for unlabelled nodes, made from what they link to: participations, quantities, time-spans, instants, dumps;
// and a title where a node has no label.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { indexGraph } from '../../src/site/graph-index.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { ckg, dcterms, schema } from '../../src/vocab.ts';
import { BASE, miniOntology, miniQuads } from './fixture/mini-site.ts';

const index = indexGraph([...miniQuads(), ...miniOntology()]);

describe('derived labels', () => {
  it.each([
    [
      'participation/nasrallah',
      {
        en: 'Hassan Nasrallah — commander in Qalamoun offensive (July–August 2017)',
        ko: '하산 나스랄라 (칼라문 공세 (2017년))',
      },
    ],
    [
      'quantity/hezbollah-killed',
      { en: 'killed: 35 — Hezbollah — belligerent in Qalamoun offensive (July–August 2017)', ko: undefined },
    ],
    [
      'quantity/hts-strength',
      {
        en: "personnel strength: 1500–4000 — Hay'at Tahrir al-Sham — belligerent in Qalamoun offensive (July–August 2017)",
        ko: undefined,
      },
    ],
    [
      'timespan/qalamoun-offensive-2017',
      { en: 'time-span of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 기간' },
    ],
    [
      'timespan/qalamoun-offensive-2017-begin',
      { en: 'begin of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 시작' },
    ],
    [
      'timespan/qalamoun-offensive-2017-end',
      { en: 'end of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 끝' },
    ],
  ])('names %s', (id, expected) => {
    expect(index.labels(BASE + id)).toEqual(expected);
  });

  it('names a quantity of area with its unit in English', () => {
    const { namedNode, literal, quad } = DataFactory;
    const q = namedNode(`${BASE}quantity/area`);
    const extra = [
      quad(q, ckg.quantityKind, namedNode('https://w3id.org/conflict-kg/concept/quantity-kind/area')),
      quad(q, schema.value, literal('36')),
      quad(q, schema.unitCode, literal('KMK')),
      quad(q, ckg.unitAsWritten, literal('평방킬로미터', 'ko')),
    ];
    expect(indexGraph([...miniQuads(), ...extra]).labels(q.value).en).toBe('area: 36 km²');
  });

  it('names a node by its dcterms:title when nothing else names it (the ontology, a distribution)', () => {
    const { namedNode, literal, quad } = DataFactory;
    const onto = namedNode('https://w3id.org/conflict-kg/ontology');
    expect(indexGraph([quad(onto, dcterms.title, literal('conflict-kg ontology', 'en'))]).labels(onto.value)).toEqual({
      en: 'conflict-kg ontology',
    });
  });

  it("names a dump's URL as the distribution it is the download of", () => {
    const site = buildSite({ quads: miniQuads() });
    const index = indexGraph([...site.dataQuads, ...site.voidQuads]);
    expect(index.labels('https://w3id.org/conflict-kg/dump/mini.ttl')).toEqual({ en: 'Turtle dump' });
  });

  it('keeps the labels a node has', () => {
    expect(index.labels(`${BASE}actor/hezbollah`)).toEqual({ en: 'Hezbollah', ko: '헤즈볼라' });
  });

  it('gives no labels for an empty IRI, nor for a node nothing names', () => {
    expect(index.labels('')).toEqual({});
    expect(index.labels(`${BASE}event/unknown`)).toEqual({});
  });
});
