// Checks that the Qalamoun 2017 graph covers the news reports read as its sources (issue 16): each report described
// as a document, every name and figure typed by hand from the kept copies held in the graph, agreeing reports cited
// on the fact they confirm, disagreeing ones kept as versions of their own.
import { readFileSync } from 'node:fs';
import type { Quad } from 'n3';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/run-pipeline.ts';
import { ckg, prov, schema } from '../../src/vocab.ts';
import {
  figureProblems,
  type GraphIndex,
  nameProblems,
  indexGraph,
  objectsOf,
  sourcesCitedBy,
} from './coverage-checks.ts';
import { NEWS_NAMES, NEWS_NUMBERS, NEWS_SOURCES } from './qalamoun-news-names.ts';

const DATA_DIR = 'data/qalamoun-2017';
const SOURCES = parse(readFileSync(`${DATA_DIR}/news-sources.yaml`, 'utf8')).sources as {
  id: string;
  kind: string;
  date: string;
  url: string;
  file: string;
  footnotes?: number[];
}[];
const TEXT = Object.fromEntries(SOURCES.map((s) => [s.id, readFileSync(`${DATA_DIR}/${s.file}`, 'utf8')]));

let quads: Quad[];
let base: string;
let graph: GraphIndex;

beforeAll(async () => {
  const built = await buildGraph({ dataDir: DATA_DIR });
  quads = built.quads;
  base = built.base;
  graph = indexGraph(quads, base);
});

const objects = (s: string, p: Quad['predicate']) => objectsOf(graph, s, p);
const source = (id: string) => `${base}source/${id}`;

describe('the news reports in the Qalamoun 2017 dataset', () => {
  it('declares each report read as a news report dated during the offensive, without footnotes', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([...NEWS_SOURCES]);
    for (const s of SOURCES) {
      expect(s.kind, s.id).toBe('news-report');
      expect(s.footnotes, s.id).toBeUndefined();
      expect(s.date >= '2017-07-21' && s.date <= '2017-08-28', `${s.id} ${s.date}`).toBe(true);
      expect(s.file, s.id).toBe(`source/news-${s.id}.en.txt`);
    }
  });

  it('describes each report: the original, its publisher, what part was readable, its language', () => {
    for (const id of NEWS_SOURCES) {
      expect(objects(source(id), schema.url), id).toHaveLength(1);
      expect(objects(source(id), schema.publisher), id).toHaveLength(1);
      expect(objects(source(id), ckg.readablePart)[0], id).toMatch(/Kept: \d+ sentences/);
      expect(objects(source(id), schema.inLanguage), id).toEqual(['en']);
    }
  });

  it('keeps only verbatim sentences, separated by [...], and uses every report it keeps', () => {
    for (const id of NEWS_SOURCES) {
      const sentences = TEXT[id].trimEnd().split('\n[...]\n');
      expect(sentences.length, id).toBeGreaterThan(1);
      const citing = quads.filter((q) => q.predicate.equals(prov.wasDerivedFrom) && q.object.value === source(id));
      expect(citing.length, id).toBeGreaterThan(0);
    }
  });

  it('takes every name of the hand-made list from the reports it lists, and holds it as a label or a quotation of that report about its actor', () => {
    const names = NEWS_NAMES.map(({ name, actor, sources }) => ({ name, entity: `actor/${actor}`, sources }));
    expect(nameProblems(graph, names, TEXT)).toEqual([]);
  });

  it('holds every figure of the list as the value of a quantity citing that report', () => {
    expect(figureProblems(graph, quads, NEWS_NUMBERS, TEXT)).toEqual([]);
  });

  it('cites an agreeing report on the fact it confirms: ISIL 600 [ko, en #15, Al Jazeera 27 August]', () => {
    expect(sourcesCitedBy(quads, `${base}quantity/isil-strength`)).toEqual(
      [source('kowiki'), source('enwiki-kiwix'), source('aljazeera-2017-08-27')].sort(),
    );
  });

  it('keeps each disagreeing figure as a version with its own report: ISIL 600 [ko], 500 [Arab Today], 700 [AJ Studies]', () => {
    const first = `${base}quantity/isil-strength`;
    const versions = quads
      .filter((q) => q.predicate.equals(prov.alternateOf) && q.object.value === first)
      .map((q) => q.subject.value)
      .sort();
    expect(versions).toEqual([
      `${base}quantity/isil-strength-aljazeera-studies`,
      `${base}quantity/isil-strength-arab-today`,
    ]);
    expect(objects(versions[0], schema.value)).toEqual(['700']);
    expect(sourcesCitedBy(quads, versions[0])).toEqual([source('aljazeera-studies-2017-08-20')]);
    expect(objects(versions[1], schema.value)).toEqual(['500']);
    expect(sourcesCitedBy(quads, versions[1])).toEqual([source('arab-today-2017-08-19')]);
    expect(objects(first, schema.value)).toEqual(['600']);
  });

  it('keeps the 40 of 25 August both ways: a length [ko], an area on the Syrian side [AP, 24 August]', () => {
    const ko = `${base}quantity/isil-held-border-length`;
    const ap = `${base}quantity/isil-held-area-syrian-side-24-august`;
    expect(objects(ap, prov.alternateOf)).toEqual([ko]);
    expect([objects(ko, schema.value), objects(ap, schema.value)]).toEqual([['40'], ['40']]);
    expect(objects(ko, schema.unitCode)).not.toEqual(objects(ap, schema.unitCode));
  });

  it('records the participants a report says did not take part', () => {
    const notListed = (id: string) =>
      quads
        .filter((q) => q.predicate.equals(ckg.notListedBy) && q.object.value === source(id))
        .map((q) => q.subject.value.slice(`${base}participation/`.length))
        .sort();
    expect(notListed('almanar-2017-07-21')).toEqual(['launch-lebanese-armed-forces']);
    expect(notListed('arab-today-2017-08-19')).toEqual(['launch-lebanese-armed-forces']);
    expect(notListed('aljazeera-studies-2017-08-20')).toEqual(['saraya-ahl-al-sham-belligerent']);
  });
});
