// The resource→document mapping and the request-path mapping the server uses.
import { describe, expect, it } from 'vitest';
import { docPathFor, iriForRequestPath, relativeHref, siteLayout } from '../../src/site/paths.ts';
import { requestPathFor } from './fixture/request-path.ts';

const layout = siteLayout('https://w3id.org/conflict-kg/id/qalamoun-2017/');

describe('siteLayout', () => {
  it('mirrors the IRI space above /id/<dataset>/', () => {
    expect(layout).toMatchObject({ root: 'https://w3id.org/conflict-kg/', docFolder: 'doc/qalamoun-2017/' });
  });

  it('puts documents straight under doc/ for a base without /id/<dataset>/', () => {
    expect(siteLayout('https://example.org/kg/')).toMatchObject({ root: 'https://example.org/kg/', docFolder: 'doc/' });
    expect(docPathFor('https://example.org/kg/event/x', siteLayout('https://example.org/kg/'))).toBe('doc/event/x');
  });
});

describe('docPathFor', () => {
  it.each([
    [
      'https://w3id.org/conflict-kg/id/qalamoun-2017/event/qalamoun-offensive-2017',
      'doc/qalamoun-2017/event/qalamoun-offensive-2017',
    ],
    ['https://w3id.org/conflict-kg/id/qalamoun-2017/citation/kowiki-20', 'doc/qalamoun-2017/citation/kowiki-20'],
    ['https://w3id.org/conflict-kg/ontology#MilitaryOperation', 'doc/ontology/MilitaryOperation'],
    ['https://w3id.org/conflict-kg/ontology', 'doc/ontology'],
    ['https://w3id.org/conflict-kg/concept/role/commander', 'doc/concept/role/commander'],
    ['https://w3id.org/conflict-kg/concept/role', 'doc/concept/role'],
    ['https://w3id.org/conflict-kg/ontology/0.1.0', 'doc/ontology/0.1.0'],
    ['https://w3id.org/conflict-kg/shapes', 'doc/shapes'],
    ['https://w3id.org/conflict-kg/id/place/arsal', 'doc/place/arsal'],
    ['https://w3id.org/conflict-kg/id/actor/hezbollah', 'doc/actor/hezbollah'],
    ['https://w3id.org/conflict-kg/id/geometry/arsal', 'doc/geometry/arsal'],
  ])('maps %s to %s', (iri, doc) => {
    expect(docPathFor(iri, layout)).toBe(doc);
  });

  it.each([
    'http://schema.org/Event',
    'https://w3id.org/conflict-kg/id/other-dataset/event/x',
    'https://w3id.org/conflict-kg/id/qalamoun-2017/event/../../x',
    'https://w3id.org/conflict-kg/id/qalamoun-2017/event/a%20b',
    'https://w3id.org/conflict-kg/id/qalamoun-2017/',
    'https://w3id.org/conflict-kg/ontology/Side',
    'https://w3id.org/conflict-kg/ontology/0.1.0/x',
    'https://w3id.org/conflict-kg/shapes#ActorShape',
    'https://w3id.org/conflict-kg/id/citation/x',
    'https://w3id.org/conflict-kg/id/place/../x',
  ])('gives no document for %s', (iri) => {
    expect(docPathFor(iri, layout)).toBeUndefined();
  });
});

describe('request paths', () => {
  it.each([
    ['/id/qalamoun-2017/event/x', 'https://w3id.org/conflict-kg/id/qalamoun-2017/event/x'],
    ['/ontology', 'https://w3id.org/conflict-kg/ontology'],
    ['/concept/role/commander', 'https://w3id.org/conflict-kg/concept/role/commander'],
    ['/ontology/0.1.0', 'https://w3id.org/conflict-kg/ontology/0.1.0'],
    ['/shapes', 'https://w3id.org/conflict-kg/shapes'],
    ['/id/place/arsal', 'https://w3id.org/conflict-kg/id/place/arsal'],
  ])('reads %s as %s', (path, iri) => {
    expect(iriForRequestPath(path, layout)).toBe(iri);
  });

  it('reads a path outside the dataset as no IRI', () => {
    expect(iriForRequestPath('/doc/qalamoun-2017/event/x', layout)).toBeUndefined();
    expect(iriForRequestPath('/id/citation/x', layout)).toBeUndefined();
  });

  it('drops the fragment of a hash IRI, as browsers do', () => {
    expect(requestPathFor('https://w3id.org/conflict-kg/ontology#Side', layout)).toBe('/ontology');
    expect(requestPathFor('https://w3id.org/conflict-kg/id/qalamoun-2017/actor/hezbollah', layout)).toBe(
      '/id/qalamoun-2017/actor/hezbollah',
    );
  });
});

describe('relativeHref', () => {
  it.each([
    ['doc/q/event/a.html', 'doc/q/event/b.html', 'b.html'],
    ['doc/q/event/a.html', 'doc/q/actor/c.html', '../actor/c.html'],
    ['doc/q/event/a.html', 'index.html', '../../../index.html'],
    ['index.html', 'doc/ontology/Side.html', 'doc/ontology/Side.html'],
    ['doc/q/event/a.html', 'doc/q/event/a.ttl', 'a.ttl'],
  ])('links %s to %s as %s', (from, to, href) => {
    expect(relativeHref(from, to)).toBe(href);
  });
});
