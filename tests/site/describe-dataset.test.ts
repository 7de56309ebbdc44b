// The VoID and DCAT description: counts, vocabularies, dumps as distributions with media types, licence, endpoint.
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { describeDataset, vocabulariesUsed, type Dump } from '../../src/site/describe-dataset.ts';
import { BASE, miniQuads } from './fixture/mini-site.ts';
import { rdflibCheck, writeQalamounSite } from './fixture/qalamoun-site.ts';

const DS = `${BASE}dataset/mini`;
const dumps: Dump[] = [
  { name: 'nt', url: 'https://w3id.org/conflict-kg/dump/mini.nt', mediaType: 'application/n-triples', byteSize: 1234 },
];
const quads = describeDataset({ quads: miniQuads(), datasetIri: DS, base: BASE, dumps });
const values = (s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const VOID = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';

describe('describeDataset', () => {
  it('counts the triples and the distinct subjects', () => {
    expect(values(DS, `${VOID}triples`)).toEqual([String(miniQuads().length)]);
    expect(Number(values(DS, `${VOID}distinctSubjects`)[0])).toBe(
      new Set(miniQuads().map((q) => q.subject.value)).size,
    );
  });

  it('lists each dump as void:dataDump and as a DCAT distribution with an IANA media type and the licence', () => {
    expect(values(DS, `${VOID}dataDump`)).toEqual(['https://w3id.org/conflict-kg/dump/mini.nt']);
    const [dist] = values(DS, `${DCAT}distribution`);
    expect(dist).toBe(`${DS}/distribution/nt`);
    expect(values(dist!, `${DCAT}mediaType`)).toEqual([
      'http://www.iana.org/assignments/media-types/application/n-triples',
    ]);
    expect(values(dist!, `${DCAT}downloadURL`)).toEqual(['https://w3id.org/conflict-kg/dump/mini.nt']);
    expect(values(dist!, 'http://purl.org/dc/terms/license')).toEqual([
      'https://creativecommons.org/licenses/by-sa/4.0/',
    ]);
  });

  it('credits the source article', () => {
    expect(values(DS, 'http://purl.org/dc/terms/source')[0]).toMatch(/^https:\/\/ko\.wikipedia\.org\/wiki\//);
    expect(values(DS, 'http://purl.org/dc/terms/bibliographicCitation')[0]).toMatch(
      /^Derived from the Wikipedia article “칼라문 공세 \(2017년\)” \(https:\/\/ko.wikipedia.org\/wiki\/.*\), by its authors \(see the article's history\), licensed https:\/\/creativecommons.org\/licenses\/by-sa\/4.0\/\.$/,
    );
  });

  it('names the vocabularies the data uses', () => {
    expect(vocabulariesUsed(miniQuads())).toContain('http://semanticweb.cs.vu.nl/2009/11/sem/');
    expect(values(DS, `${VOID}vocabulary`)).toContain('https://w3id.org/conflict-kg/ontology#');
    expect(values(DS, `${VOID}vocabulary`)).not.toContain('http://www.w3.org/ns/shacl#');
  });

  it('gives a SPARQL endpoint, as a dcat:DataService, only when one is served', () => {
    expect(values(DS, `${VOID}sparqlEndpoint`)).toEqual([]);
    const served = describeDataset({
      quads: miniQuads(),
      datasetIri: DS,
      base: BASE,
      dumps,
      sparqlEndpoint: 'http://127.0.0.1:8080/sparql',
    });
    const v = (s: string, p: string) =>
      served.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
    expect(v(DS, `${VOID}sparqlEndpoint`)).toEqual(['http://127.0.0.1:8080/sparql']);
    expect(v(`${DS}/service/sparql`, `${DCAT}servesDataset`)).toEqual([DS]);
  });

  it('repeats the title, description and licence the data states, and no creator, publisher or date it does not', () => {
    expect(values(DS, 'http://purl.org/dc/terms/title').sort()).toEqual([
      'Qalamoun offensive (2017), small test data',
      '칼라문 공세 (2017년) 소형 데이터',
    ]);
    expect(values(DS, 'http://purl.org/dc/terms/description')).toHaveLength(2);
    expect(values(DS, 'http://purl.org/dc/terms/license')).toEqual(['https://creativecommons.org/licenses/by-sa/4.0/']);
    for (const p of ['creator', 'publisher', 'issued', 'modified'])
      expect(values(DS, `http://purl.org/dc/terms/${p}`), p).toEqual([]);
  });

  it('repeats a creator, publisher and dates when the data states them', () => {
    const { namedNode, literal, quad } = DataFactory;
    const dct = (p: string) => namedNode(`http://purl.org/dc/terms/${p}`);
    const date = (d: string) => literal(d, namedNode('http://www.w3.org/2001/XMLSchema#date'));
    const stated = [
      quad(namedNode(DS), dct('creator'), namedNode('https://example.org/curator')),
      quad(namedNode(DS), dct('publisher'), literal('A publisher')),
      quad(namedNode(DS), dct('issued'), date('2026-01-01')),
      quad(namedNode(DS), dct('modified'), date('2026-02-01')),
    ];
    const described = describeDataset({ quads: [...miniQuads(), ...stated], datasetIri: DS, base: BASE, dumps });
    for (const q of stated)
      expect(
        described.some((d) => d.equals(q)),
        q.predicate.value,
      ).toBe(true);
  });

  it('names the site’s home page as the landing page', () => {
    expect(values(DS, `${DCAT}landingPage`)).toEqual(['https://w3id.org/conflict-kg/']);
  });

  it('names the operations as root and example resources', () => {
    expect(values(DS, `${VOID}rootResource`)).toEqual([`${BASE}event/qalamoun-offensive-2017`]);
    expect(values(DS, `${VOID}exampleResource`)).toEqual([`${BASE}event/qalamoun-offensive-2017`]);
  });

  it('gives one class partition per class and one property partition per property, with their counts', () => {
    const graph = miniQuads();
    const classes = new Set(graph.filter((q) => q.predicate.value.endsWith('#type')).map((q) => q.object.value));
    const parts = values(DS, `${VOID}classPartition`);
    expect(parts).toHaveLength(classes.size);
    const operation = parts.find((p) => p.endsWith('/partition/class/ckg-MilitaryOperation'))!;
    expect(values(operation, `${VOID}class`)).toEqual(['https://w3id.org/conflict-kg/ontology#MilitaryOperation']);
    expect(values(operation, `${VOID}entities`)).toEqual(['1']);
    const props = values(DS, `${VOID}propertyPartition`);
    expect(props).toHaveLength(new Set(graph.map((q) => q.predicate.value)).size);
    const label = props.find((p) => p.endsWith('/partition/property/rdfs-label'))!;
    expect(Number(values(label, `${VOID}triples`)[0])).toBe(
      graph.filter((q) => q.predicate.value === 'http://www.w3.org/2000/01/rdf-schema#label').length,
    );
  });

  it('is the same, byte for byte, each time (nothing from the clock)', () => {
    const again = describeDataset({ quads: miniQuads(), datasetIri: DS, base: BASE, dumps });
    expect(again.map((q) => JSON.stringify(q.toJSON()))).toEqual(quads.map((q) => JSON.stringify(q.toJSON())));
  });

  it('uses IRI nodes only', () => {
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});

describe('the VoID of the Qalamoun site, read with rdflib', () => {
  it('states the counts, partitions and dump sizes that the dumps really have', async () => {
    const { site, dir } = await writeQalamounSite();
    try {
      const check = await rdflibCheck<{ dumps: Record<string, number>; problems: string[] }>(
        'void',
        dir,
        site.datasetIri,
      );
      expect(check.problems).toEqual([]);
      expect(Object.values(check.dumps)).toEqual([site.dataQuads.length, site.dataQuads.length, site.dataQuads.length]);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  }, 120_000);

  it('states one void:Linkset per dataset linked to, with as many triples as the owl:sameAs and skos:closeMatch links into it', async () => {
    const { namedNode, quad } = DataFactory;
    const id = (path: string) => namedNode(`https://w3id.org/conflict-kg/id/${path}`);
    const link = (s: string, p: string, o: string) => quad(id(s), namedNode(p), namedNode(o));
    const [SAME, CLOSE] = ['http://www.w3.org/2002/07/owl#sameAs', 'http://www.w3.org/2004/02/skos/core#closeMatch'];
    const links = [
      link('actor/hezbollah', SAME, 'http://www.wikidata.org/entity/Q1'),
      link('place/arsal', SAME, 'http://www.wikidata.org/entity/Q2'),
      link('place/arsal', CLOSE, 'http://www.wikidata.org/entity/Q3'),
      link('actor/hezbollah', SAME, 'http://dbpedia.org/resource/A'),
      link('place/arsal', SAME, 'http://dbpedia.org/resource/B'),
      link('place/arsal', SAME, 'https://sws.geonames.org/1/'),
      // Not a link to a target dataset: schema:sameAs, and owl:sameAs to somewhere else.
      link('place/arsal', 'http://schema.org/sameAs', 'http://www.wikidata.org/entity/Q2'),
      link('place/arsal', SAME, 'http://example.org/arsal'),
    ];
    const { site, dir } = await writeQalamounSite(links);
    try {
      const check = await rdflibCheck<{ linksets: Record<string, number>; problems: string[] }>(
        'void',
        dir,
        site.datasetIri,
      );
      expect(check.problems).toEqual([]);
      // The data's own links (counted from the built N-Triples), and the ones added here.
      const ownLinks = (ns: string) =>
        readFileSync('dist/qalamoun-2017.nt', 'utf8')
          .split('\n')
          .filter((l) => (l.includes(`<${SAME}>`) || l.includes(`<${CLOSE}>`)) && l.includes(`> <${ns}`)).length;
      expect(check.linksets).toEqual({
        'http://www.wikidata.org/entity/': ownLinks('http://www.wikidata.org/entity/') + 3,
        'http://dbpedia.org/resource/': ownLinks('http://dbpedia.org/resource/') + 2,
        'https://sws.geonames.org/': ownLinks('https://sws.geonames.org/') + 1,
      });
      expect(ownLinks('http://www.wikidata.org/entity/')).toBeGreaterThan(0);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  }, 120_000);
});
