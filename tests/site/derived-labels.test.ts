// Names for unlabelled nodes, made from what they link to: participations, quantities, time-spans, instants.
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../src/site/graph-index.ts';
import { BASE, miniOntology, miniQuads } from './fixture/mini-site.ts';

const index = indexGraph([...miniQuads(), ...miniOntology()]);

describe('derived labels', () => {
  it.each([
    ['participation/nasrallah', { en: 'Hassan Nasrallah — commander in Qalamoun offensive (July–August 2017)', ko: '하산 나스랄라 (칼라문 공세 (2017년))' }],
    ['quantity/hezbollah-killed', { en: 'killed: 35 — Hezbollah — belligerent in Qalamoun offensive (July–August 2017)', ko: undefined }],
    ['quantity/hts-strength', { en: 'personnel strength: 1500–4000 — Hay\'at Tahrir al-Sham — belligerent in Qalamoun offensive (July–August 2017)', ko: undefined }],
    ['timespan/qalamoun-offensive-2017', { en: 'time-span of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 기간' }],
    ['timespan/qalamoun-offensive-2017-begin', { en: 'begin of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 시작' }],
    ['timespan/qalamoun-offensive-2017-end', { en: 'end of Qalamoun offensive (July–August 2017)', ko: '칼라문 공세 (2017년) 끝' }],
  ])('names %s', (id, expected) => {
    expect(index.labels(BASE + id)).toEqual(expected);
  });

  it('keeps the labels a node has', () => {
    expect(index.labels(`${BASE}actor/hezbollah`)).toEqual({ en: 'Hezbollah', ko: '헤즈볼라' });
  });

  it('gives no labels for an empty IRI, nor for a node nothing names', () => {
    expect(index.labels('')).toEqual({});
    expect(index.labels(`${BASE}event/unknown`)).toEqual({});
  });
});
