// The VoID and DCAT description: counts, vocabularies, dumps as distributions with media types, licence, endpoint.
import { describe, expect, it } from 'vitest';
import { describeDataset, vocabulariesUsed, type Dump } from '../../src/site/describe-dataset.ts';
import { BASE, miniQuads } from './fixture/mini-site.ts';

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

  it('uses IRI nodes only', () => {
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});
