// The whole site in memory: a page and three data documents per resource, dumps equal to the graph, the VoID.
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { isomorphic } from 'rdf-isomorphic';
import { buildSite, type Site } from '../../src/site/build-site.ts';
import { docPathFor } from '../../src/site/paths.ts';
import { BASE, miniOntology, miniQuads, miniSite, projectShapes } from './fixture/mini-site.ts';
import { parseJsonLd, parseTurtle } from './fixture/rdf-helpers.ts';
import { checkHtml } from './fixture/html-check.ts';

let site: Site;
beforeAll(async () => {
  site = await miniSite();
});

describe('buildSite', () => {
  it('writes a page, Turtle, JSON-LD and N-Triples for every IRI of the dataset', () => {
    const iris = new Set(
      miniQuads()
        .flatMap((q) => [q.subject, q.object])
        .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(BASE))
        .map((t) => t.value),
    );
    expect(iris.size).toBeGreaterThan(20);
    for (const iri of iris) {
      const doc = docPathFor(iri, site.layout)!;
      for (const ext of ['html', 'ttl', 'jsonld', 'nt'])
        expect(site.files.has(`${doc}.${ext}`), `${doc}.${ext}`).toBe(true);
    }
  });

  it('writes pages for the ontology, its terms and the concepts the data uses', () => {
    for (const doc of [
      'doc/ontology',
      'doc/ontology/MilitaryOperation',
      'doc/ontology/side',
      'doc/concept/event-type/capture',
      'doc/concept/role/commander',
    ]) {
      expect(site.files.has(`${doc}.html`), doc).toBe(true);
    }
    expect(site.files.get('doc/ontology.html')).toContain('<li id="MilitaryOperation">');
  });

  it('describes a resource with its own triples, the triples pointing at it and the labels of both ends', () => {
    const { namedNode, literal, quad } = DataFactory;
    const side = `${BASE}side/militants`;
    const graph = miniQuads();
    const label = (iri: string, text: string, lang: string) =>
      quad(namedNode(iri), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal(text, lang));
    const incoming = graph.filter((q) => q.object.value === side);
    expect(incoming.length).toBeGreaterThan(0);
    const expected = [
      ...graph.filter((q) => q.subject.value === side),
      ...incoming,
      label(`${BASE}event/qalamoun-offensive-2017`, '칼라문 공세 (2017년)', 'ko'),
      label(`${BASE}event/qalamoun-offensive-2017`, 'Qalamoun offensive (July–August 2017)', 'en'),
      label(`${BASE}source/kowiki`, '칼라문 공세 (2017년)', 'ko'),
      label(`${BASE}source/kowiki`, 'Qalamoun offensive (2017), Korean Wikipedia', 'en'),
      ...graph.filter(
        (q) =>
          q.predicate.value === 'http://www.w3.org/2000/01/rdf-schema#label' &&
          incoming.some((i) => i.subject.equals(q.subject)),
      ),
    ].map((q) => quad(q.subject, q.predicate, q.object));
    const unique = [...new Map(expected.map((q) => [JSON.stringify(q.toJSON()), q])).values()];
    expect(isomorphic(parseTurtle(site.files.get('doc/mini/side/militants.ttl')!), unique)).toBe(true);
    expect(isomorphic(parseTurtle(site.files.get('doc/mini/side/militants.nt')!), unique)).toBe(true);
  });

  it('writes dumps in Turtle, N-Triples and JSON-LD that are each the whole graph', async () => {
    const graph = miniQuads().map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    expect(isomorphic(parseTurtle(site.files.get('dump/mini.ttl')!), graph)).toBe(true);
    expect(isomorphic(parseTurtle(site.files.get('dump/mini.nt')!), graph)).toBe(true);
    expect(isomorphic(await parseJsonLd(JSON.parse(site.files.get('dump/mini.jsonld')!)), graph)).toBe(true);
  });

  it('writes the VoID description at .well-known/void', () => {
    expect(site.files.get('.well-known/void')).toContain(
      'void:dataDump <https://w3id.org/conflict-kg/dump/mini.jsonld>',
    );
  });

  it('is byte-identical from run to run (no clock, no order of discovery)', () => {
    const again = buildSite({ quads: miniQuads(), ontologyQuads: miniOntology(), shapesQuads: projectShapes() });
    expect([...again.files.keys()]).toEqual([...site.files.keys()]);
    for (const [file, text] of again.files) expect(text === site.files.get(file), file).toBe(true);
  });

  it('serves the shapes whole at doc/shapes, in every format', async () => {
    const shapes = projectShapes().map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    expect(isomorphic(parseTurtle(site.files.get('doc/shapes.ttl')!), shapes)).toBe(true);
    expect(isomorphic(parseTurtle(site.files.get('doc/shapes.nt')!), shapes)).toBe(true);
    expect(isomorphic(await parseJsonLd(JSON.parse(site.files.get('doc/shapes.jsonld')!)), shapes)).toBe(true);
  });

  it('fails with E_PUBLISH when the graph holds no ckg:Dataset', () => {
    const noDataset = miniQuads().filter((q) => !q.subject.value.endsWith('dataset/mini'));
    expect(() => buildSite({ quads: noDataset })).toThrow(
      'error E_PUBLISH: expected exactly one ckg:Dataset in the graph, found 0',
    );
  });
});

describe('the pages', () => {
  it('are well-formed HTML: balanced, block content never inside headings or paragraphs, unique ids', () => {
    const failures = [...site.files]
      .filter(([f]) => f.endsWith('.html'))
      .flatMap(([f, html]) => checkHtml(html).map((p) => `${f}: ${p}`));
    expect(failures).toEqual([]);
  });

  it('are checked by a checker that catches a list inside a heading', () => {
    expect(checkHtml('<!DOCTYPE html><html><body><h3>a<ul><li>b</li></ul></h3></body></html>')).toEqual([
      '<ul> inside <h3>',
      '<li> inside <h3>',
    ]);
  });
});
