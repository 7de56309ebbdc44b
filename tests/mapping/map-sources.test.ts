// Mapping several sources: a source described as a document, per-source quotations, versions and notListedBy.
import { describe, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { ckg, prefixesFor, prov, schema } from '../../src/vocab.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';
import { expectIsomorphic, parseTurtle, triplesOf } from '../helpers/rdf.ts';

const BASE = 'https://example.org/id/mini/';
const dir = copyFixture(MINI, {
  'dataset.yaml': (t) =>
    `${t}  - id: news
    title: {ko: 기사, en: A report}
    kind: news-report
    publisher: A wire service
    date: 2017-08-20
    url: https://example.org/news/1
    storedCopy: https://copies.example.org/news/1
    readable: The first two paragraphs.
    language: en
`,
  'facts.yaml': (t) =>
    t
      .replace(
        'outcomes:\n',
        `  - id: red-strength-news
    kind: personnel-strength
    about: red-in-offensive
    value: 1500
    unit: person
    versionOf: red-strength
    quotes: {news: "some 1,500 fighters"}
    cite: [news]
outcomes:\n`,
      )
      .replace(
        '    side: side-red\n    cite: [article]',
        '    side: side-red\n    notListedBy: [news]\n    cite: [article]',
      ),
});
const graph = mapFacts(loadFacts(dir));
const prefixes = Object.entries(prefixesFor(BASE))
  .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
  .join('\n');
const turtle = (body: string) => parseTurtle(`${prefixes}\n${body}`);

describe('mapFacts over several sources', () => {
  it('describes a source: the original, the stored copy read, publisher, date, language and readable part', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}source/news`),
      turtle(`
      source:news a ckg:SourceDocument, prov:Entity, schema:WebPage, schema:NewsArticle ;
        rdfs:label "기사"@ko, "A report"@en ;
        schema:url <https://example.org/news/1> ; schema:archivedAt <https://copies.example.org/news/1> ;
        schema:inLanguage "en" ; dcterms:language "en" ; schema:publisher "A wire service" ;
        schema:datePublished "2017-08-20"^^xsd:date ; dcterms:issued "2017-08-20"^^xsd:date ;
        ckg:readablePart "The first two paragraphs."@en .`),
    );
  });

  it("keeps another source's version as a fact of its own, alternateOf the first, with a quotation in its language", () => {
    const version = triplesOf(graph.quads, `${BASE}quantity/red-strength-news`).filter((q) =>
      [prov.alternateOf, ckg.quotation, prov.wasDerivedFrom, schema.value].some((p) => q.predicate.equals(p)),
    );
    expectIsomorphic(
      version,
      turtle(`
      quantity:red-strength-news prov:alternateOf quantity:red-strength ; prov:wasDerivedFrom source:news ;
        schema:value 1500 ; ckg:quotation quotation:red-strength-news--news .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}quotation/red-strength-news--news`),
      turtle(`
      quotation:red-strength-news--news a ckg:Quotation, prov:Entity ;
        ckg:sourceText "some 1,500 fighters"@en ; prov:wasQuotedFrom source:news ;
        rdfs:label "news 인용문"@ko, "quotation from news"@en .`),
    );
  });

  it("records a participant that a source's complete list leaves out", () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}participation/red-in-offensive`).filter((q) =>
        q.predicate.value.endsWith('notListedBy'),
      ),
      turtle('participation:red-in-offensive ckg:notListedBy source:news .'),
    );
  });
});
