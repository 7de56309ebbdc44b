// Checks that the Qalamoun 2017 graph covers the English article's stored copies: footnotes, names, figures, and
// every source's version of a fact kept apart (agreeing sources cited together, disagreeing ones side by side).
import { readFileSync } from 'node:fs';
import type { Quad } from 'n3';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/run-pipeline.ts';
import { ckg, prov, schema } from '../../src/vocab.ts';
import { ENGLISH_NAMES, ENGLISH_NUMBERS } from './qalamoun-enwiki-names.ts';
import {
  footnotesInText,
  type GraphIndex,
  figureProblems,
  nameProblems,
  indexGraph,
  objectsOf,
  sourcesCitedBy,
  uncitedFootnotes,
  unknownFootnotes,
} from './coverage-checks.ts';

const DATA_DIR = 'data/qalamoun-2017';
const COPIES = ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'] as const;
const SOURCES = parse(readFileSync(`${DATA_DIR}/enwiki-sources.yaml`, 'utf8')).sources as {
  id: string;
  file: string;
  footnotes: number[];
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

describe('the English article in the Qalamoun 2017 dataset', () => {
  it('declares, for each stored copy, exactly the footnotes that occur in it', () => {
    expect(SOURCES.map((s) => s.id)).toEqual([...COPIES]);
    for (const s of SOURCES)
      expect(
        [...s.footnotes].sort((a, b) => a - b),
        s.id,
      ).toEqual(footnotesInText(TEXT[s.id]));
  });

  it('cites every footnote of the infobox copies, and of the gravy copy all but its Aftermath section', () => {
    expect(uncitedFootnotes(TEXT['enwiki-kiwix'], quads, 'enwiki-kiwix')).toEqual([]);
    expect(uncitedFootnotes(TEXT['enwiki-wikiclassic'], quads, 'enwiki-wikiclassic')).toEqual([]);
    // [8] and [35]–[38] are the Aftermath's (the convoy of 29 August): the aftermath dataset's, not this one's.
    expect(uncitedFootnotes(TEXT['enwiki-gravy'], quads, 'enwiki-gravy')).toEqual([8, 35, 36, 37, 38]);
    for (const id of COPIES) expect(unknownFootnotes(TEXT[id], quads, id)).toEqual([]);
  });

  it('describes each copy: the original, the stored copy read, its publisher and what part was readable', () => {
    for (const id of COPIES) {
      const iri = `${base}source/${id}`;
      expect(objects(iri, schema.url)[0]).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Qalamoun_offensive_/);
      expect(objects(iri, schema.archivedAt)).toHaveLength(1);
      expect(objects(iri, schema.archivedAt)[0]).not.toContain('en.wikipedia.org');
      expect(objects(iri, schema.publisher)[0]).toMatch(/^English Wikipedia, read in /);
      expect(objects(iri, ckg.readablePart)[0]).toMatch(/^One stored excerpt of [\d,]+ characters/);
      expect(objects(iri, schema.inLanguage)).toEqual(['en']);
    }
  });

  it('takes every English name of the hand-made list from the copies it lists, and holds it as a label or a quotation of that copy about its actor', () => {
    const names = ENGLISH_NAMES.map(({ name, actor, sources }) => ({ name, entity: `actor/${actor}`, sources }));
    expect(nameProblems(graph, names, TEXT)).toEqual([]);
  });

  it('holds every figure of the copies as the value of a quantity citing that copy', () => {
    expect(figureProblems(graph, quads, ENGLISH_NUMBERS, TEXT)).toEqual([]);
  });

  it('cites both sources on a fact they agree on: the ISIL strength of 600, the Korean infobox and footnote [15]', () => {
    const fact = `${base}quantity/isil-strength`;
    expect(objects(fact, prov.wasDerivedFrom).sort()).toEqual(
      // …and, since the news reports were read, Al Jazeera's "estimated 600" (tests/data/qalamoun-news-coverage.test.ts).
      [`${base}source/kowiki`, `${base}citation/enwiki-kiwix-15`, `${base}source/aljazeera-2017-08-27`].sort(),
    );
    expect(objects(fact, schema.value)).toEqual(['600']);
  });

  it('keeps both values of a disagreement, each with its own source: HTS strength 1,500–4,000 [ko], 1,500 [en]', () => {
    const ko = `${base}quantity/tahrir-al-sham-strength`;
    const en = `${base}quantity/tahrir-al-sham-strength-enwiki`;
    expect([objects(ko, schema.minValue), objects(ko, schema.maxValue), objects(ko, schema.value)]).toEqual([
      ['1500'],
      ['4000'],
      [],
    ]);
    expect(objects(en, schema.value)).toEqual(['1500']);
    expect(objects(en, prov.alternateOf)).toEqual([ko]);
    expect(sourcesCitedBy(quads, ko)).toEqual([`${base}source/kowiki`]);
    expect(sourcesCitedBy(quads, en)).toEqual([`${base}source/enwiki-kiwix`, `${base}source/enwiki-wikiclassic`]);
  });

  it('records who only one source lists: Iran and Soleimani (English), ten commanders (Korean)', () => {
    const notListed = (source: string) =>
      quads
        .filter((q) => q.predicate.equals(ckg.notListedBy) && q.object.value === `${base}source/${source}`)
        .map((q) => q.subject.value.slice(`${base}participation/`.length))
        .sort();
    expect(notListed('kowiki')).toEqual([
      'free-syrian-army-belligerent',
      'iran-belligerent',
      'qasem-soleimani-commander',
    ]);
    expect(notListed('enwiki-wikiclassic')).toHaveLength(11);
    expect(notListed('enwiki-wikiclassic')).toContain('saraya-ahl-al-sham-belligerent');
  });
});
