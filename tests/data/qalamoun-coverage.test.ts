// Checks that the Qalamoun 2017 graph covers its source article: every footnote, citation, label, name and quote.
import { readFileSync } from 'node:fs';
import { DataFactory, type Quad } from 'n3';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/run-pipeline.ts';
import { ckg, prov, rdfs, SHARED_BASE, skos } from '../../src/vocab.ts';
import { ALL_NAMES } from './qalamoun-names.ts';
import { NEWS_SOURCES } from './qalamoun-news-names.ts';
import {
  FACT_CLASSES,
  ENTITY_CLASSES,
  entitiesMissingLabels,
  factsWithoutCitation,
  footnotesInText,
  missingKoreanNames,
  nodesOfClasses,
  quotesNotInCopies,
  quotesNotInText,
  storedCopies,
  uncitedFootnotes,
  unknownFootnotes,
} from './coverage-checks.ts';

const { namedNode, literal, quad } = DataFactory;
const DATA_DIR = 'data/qalamoun-2017';
const TEXT = readFileSync(`${DATA_DIR}/source/qalamoun-offensive-2017.ko.txt`, 'utf8');
const SOURCE = 'kowiki';

let quads: Quad[];
let base: string;

beforeAll(async () => {
  const graph = await buildGraph({ dataDir: DATA_DIR });
  quads = graph.quads;
  base = graph.base;
});

describe('the Qalamoun 2017 dataset', () => {
  it('finds footnotes 1–7 and 11–30 in the source text', () => {
    const expected = [1, 2, 3, 4, 5, 6, 7, ...Array.from({ length: 20 }, (_, i) => i + 11)];
    expect(footnotesInText(TEXT)).toEqual(expected);
  });

  it('declares exactly the footnotes that occur in the source text', () => {
    const dataset = parse(readFileSync(`${DATA_DIR}/dataset.yaml`, 'utf8'));
    const kowiki = dataset.sources.find((s: { id: string }) => s.id === SOURCE);
    expect([...kowiki.footnotes].sort((a: number, b: number) => a - b)).toEqual(footnotesInText(TEXT));
  });

  it('cites every footnote of the source text from at least one fact', () => {
    expect(uncitedFootnotes(TEXT, quads, SOURCE)).toEqual([]);
  });

  it('cites no footnote that the source text lacks', () => {
    expect(unknownFootnotes(TEXT, quads, SOURCE)).toEqual([]);
  });

  it("derives every fact (event, side, participation, quantity, outcome, claim, collective, relation) from a citation or marks it as the curator's inference", () => {
    for (const cls of FACT_CLASSES) expect(nodesOfClasses(quads, [cls]).length, cls.value).toBeGreaterThan(0);
    expect(factsWithoutCitation(quads)).toEqual([]);
  });

  it('labels every actor, place, event, side, outcome and source in Korean and English', () => {
    for (const cls of ENTITY_CLASSES) expect(nodesOfClasses(quads, [cls]).length, cls.value).toBeGreaterThan(0);
    expect(entitiesMissingLabels(quads)).toEqual([]);
  });

  it('takes every name of the hand-made list from the source text', () => {
    expect(ALL_NAMES.filter((name) => !TEXT.includes(name))).toEqual([]);
  });

  it('holds every Korean name of an actor, person and place as a label or alternative label', () => {
    expect(missingKoreanNames(ALL_NAMES, quads)).toEqual([]);
  });

  it('quotes the Korean text verbatim in every ckg:sourceText of a fact or entity', () => {
    const korean = quads.filter((q) => q.predicate.equals(ckg.sourceText) && q.object.termType === 'Literal');
    expect(korean.filter((q) => (q.object as { language: string }).language === 'ko').length).toBeGreaterThan(100);
    const onQuotations = new Set(quads.filter((q) => q.predicate.equals(ckg.quotation)).map((q) => q.object.value));
    expect(
      quotesNotInText(
        TEXT,
        korean.filter((q) => !onQuotations.has(q.subject.value)),
      ),
    ).toEqual([]);
  });

  it('quotes every source verbatim from the stored copy it cites, in every language', () => {
    const copies = storedCopies(DATA_DIR, base);
    expect([...copies.keys()].map((iri) => iri.slice(base.length))).toEqual([
      'source/kowiki',
      'source/enwiki-kiwix',
      'source/enwiki-wikiclassic',
      'source/enwiki-gravy',
      ...NEWS_SOURCES.map((id) => `source/${id}`),
    ]);
    expect(quotesNotInCopies(quads, copies)).toEqual([]);
  });
});

describe('the coverage checks', () => {
  it('report the fact and the footnotes left uncited when a fact loses its citations', () => {
    const fact = `${base}quantity/hezbollah-killed`;
    const stripped = quads.filter((q) => !(q.subject.value === fact && q.predicate.equals(prov.wasDerivedFrom)));
    expect(factsWithoutCitation(stripped)).toEqual([fact]);
    expect(uncitedFootnotes(TEXT, stripped, SOURCE)).toEqual([11, 12]);
  });

  it('report a cited footnote that the text lacks', () => {
    const extra = quad(
      namedNode(`${base}outcome/victory`),
      prov.wasDerivedFrom,
      namedNode(`${base}citation/${SOURCE}-8`),
    );
    expect(unknownFootnotes(TEXT, [...quads, extra], SOURCE)).toEqual([8]);
  });

  it('report an entity that lacks its English label', () => {
    const actor = `${SHARED_BASE}actor/hezbollah`;
    const stripped = quads.filter(
      (q) =>
        !(
          q.subject.value === actor &&
          q.predicate.equals(rdfs.label) &&
          q.object.termType === 'Literal' &&
          q.object.language === 'en'
        ),
    );
    expect(entitiesMissingLabels(stripped)).toEqual([`${actor} @en`]);
  });

  it('report a listed name that no Korean label carries', () => {
    const stripped = quads.filter((q) => !(q.predicate.equals(skos.altLabel) && q.object.value === '라스 발바크'));
    expect(missingKoreanNames(ALL_NAMES, stripped)).toEqual(['라스 발바크']);
  });

  it('report a source text that is not a verbatim substring of the article', () => {
    const altered = quad(
      namedNode(`${base}claim/x`),
      ckg.sourceText,
      literal('라스 샤후트 국경 초소가 탈환되었다', 'ko'),
    );
    const korean = quads.filter((q) => q.predicate.equals(ckg.sourceText) && !q.subject.value.includes('/quotation/'));
    expect(quotesNotInText(TEXT, [...korean, altered])).toEqual([`${base}claim/x: 라스 샤후트 국경 초소가 탈환되었다`]);
  });

  it('report an English quotation that is not in the copy it quotes, and one from a source its fact does not cite', () => {
    const copies = storedCopies(DATA_DIR, base);
    const q = `${base}quotation/isil-strength--enwiki-kiwix`;
    const altered = quads.map((t) =>
      t.subject.value === q && t.predicate.equals(ckg.sourceText)
        ? quad(t.subject, t.predicate, literal('1,500 700[15]', 'en'))
        : t,
    );
    expect(quotesNotInCopies(altered, copies)).toEqual([`${q}: 1,500 700[15]`]);
    const fact = `${base}quantity/isil-strength`;
    const uncited = quads.filter(
      (t) => !(t.subject.value === fact && t.object.value === `${base}citation/enwiki-kiwix-15`),
    );
    expect(quotesNotInCopies(uncited, copies)).toEqual([
      `${fact}: quotes ${base}source/enwiki-kiwix without citing it`,
    ]);
  });
});
