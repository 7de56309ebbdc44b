// Reading an operation's timeline out of the graph: rows in order, dates at their precision.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { collectTimeline, dateSpan, dayText } from '../../src/site/timeline-data.ts';
import { indexGraph } from '../../src/site/graph-index.ts';
import { xsd } from '../../src/vocab.ts';
import { BASE, miniQuads } from './fixture/mini-site.ts';

const { literal } = DataFactory;

describe('dateSpan', () => {
  it('reads an xsd:date as one day', () => {
    const d = dateSpan(literal('2017-07-23', xsd.date))!;
    expect([d.precision, dayText(d.first), dayText(d.last)]).toEqual(['day', '2017-07-23', '2017-07-23']);
  });

  it('reads an xsd:gYearMonth as its whole month', () => {
    const d = dateSpan(literal('2017-02', xsd.gYearMonth))!;
    expect([d.precision, dayText(d.first), dayText(d.last)]).toEqual(['month', '2017-02-01', '2017-02-28']);
  });

  it('reads an xsd:gYear as its whole year', () => {
    const d = dateSpan(literal('2016', xsd.gYear))!;
    expect([d.precision, dayText(d.first), dayText(d.last)]).toEqual(['year', '2016-01-01', '2016-12-31']);
  });

  it('reads no date out of a plain string', () => {
    expect(dateSpan(literal('2017-07-23'))).toBeUndefined();
  });
});

describe('collectTimeline', () => {
  it('lists the operation, then each phase by ordinal with its incidents by date', () => {
    const rows = collectTimeline(`${BASE}event/qalamoun-offensive-2017`, indexGraph(miniQuads()));
    expect(rows.map((r) => [r.kind, r.iri.slice(BASE.length), r.begin?.text, r.end?.text])).toEqual([
      ['operation', 'event/qalamoun-offensive-2017', '2017-07-21', '2017-08-28'],
      ['phase', 'event/first-campaign', '2017-07-21', '2017-08-03'],
      ['incident', 'event/capture-dhahr-al-hawa', '2017-07-23', '2017-07-23'],
      ['incident', 'event/ceasefire-hts', '2017-07-27', '2017-07-27'],
      ['phase', 'event/second-campaign', '2017-08-19', '2017-08-28'],
      ['incident', 'event/isil-preparations', '2017-08', '2017-08'],
    ]);
    expect(rows[5]!.phase).toBe(`${BASE}event/second-campaign`);
  });
});
