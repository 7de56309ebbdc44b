// The source stage on several sources: source descriptions, per-source quotes, versions and notListedBy.
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { copyFixture, loadProblems, MINI } from '../helpers/fixture-dir.ts';

/** A second source, and an English version of the strength that cites and quotes it. */
const SECOND_SOURCE = `  - id: news
    title: {ko: 기사, en: A report}
    kind: news-report
    publisher: A wire service
    date: 2017-08
    url: https://example.org/news/1
    storedCopy: https://copies.example.org/news/1
    readable: The first two paragraphs.
    language: en
`;
const VERSION = `  - id: red-strength-news
    kind: personnel-strength
    about: red-in-offensive
    value: 1500
    unit: person
    versionOf: red-strength
    quotes: {news: "some 1,500 fighters"}
    cite: [news]
`;

const withSecondSource = (edit: (facts: string) => string = (t) => t) =>
  copyFixture(MINI, {
    'dataset.yaml': (t) => `${t}${SECOND_SOURCE}`,
    'facts.yaml': (t) => edit(t.replace('outcomes:\n', `${VERSION}outcomes:\n`)),
  });

describe('loadFacts with several sources', () => {
  it('reads a source description, a version and its quotes, with each quote the language of its source', () => {
    const facts = loadFacts(withSecondSource());
    const news = facts.sources.find((s) => s.id === 'news')!;
    expect([news.kind, news.publisher, news.date, news.storedCopy, news.readable]).toEqual([
      'news-report',
      'A wire service',
      '2017-08',
      'https://copies.example.org/news/1',
      'The first two paragraphs.',
    ]);
    const version = facts.quantities.find((q) => q.id === 'red-strength-news')!;
    expect([version.versionOf, version.quotes]).toEqual(['red-strength', { news: 'some 1,500 fighters' }]);
    expect(facts.sourceLanguages).toEqual({ wiki: 'ko', news: 'en' });
  });

  it('reports a quote from a source the entry does not cite, at the quote', () => {
    const dir = withSecondSource((t) => t.replace('    cite: [news]\n', '    cite: [article]\n'));
    expect(loadProblems(dir)).toEqual([
      'DIR/facts.yaml:64:20: error E_SOURCE_VALUE: expected quotes only from sources the entry cites (wiki), found a quote from "news"',
    ]);
  });

  it('reports a version of an entry of another kind, and a notListedBy that names no source', () => {
    const dir = withSecondSource((t) =>
      t
        .replace('    versionOf: red-strength\n', '    versionOf: red-in-offensive\n')
        .replace(
          '    side: side-red\n    cite: [article]',
          '    side: side-red\n    notListedBy: [red-army]\n    cite: [article]',
        ),
    );
    expect(loadProblems(dir)).toEqual([
      'DIR/facts.yaml:49:19: error E_SOURCE_WRONG_KIND: expected the id of a source in participations.notListedBy, found "red-army", which is an actor',
      'DIR/facts.yaml:64:16: error E_SOURCE_WRONG_KIND: expected the id of a quantity in quantities.versionOf, found "red-in-offensive", which is a participation',
    ]);
  });

  it('reports a source date that is not a real date', () => {
    const dir = copyFixture(MINI, { 'dataset.yaml': (t) => `${t}${SECOND_SOURCE.replace('2017-08', '2017-13')}` });
    expect(loadProblems(dir)).toEqual([
      'DIR/dataset.yaml:19:11: error E_SOURCE_DATE: expected a real calendar date at sources[1].date, found "2017-13": month 13 does not exist',
    ]);
  });
});
