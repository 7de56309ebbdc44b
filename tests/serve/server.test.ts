// HTTP tests of the linked-data server: every content-negotiation case, the 303s, the VoID, and path safety.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, safePath, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
});
afterAll(() => server.close());

const get = (path: string, accept?: string) =>
  fetch(server.url + path, { redirect: 'manual', headers: accept === undefined ? {} : { accept } });

/** The status of a GET sent with the path exactly as written (fetch() would normalise the dots away). */
function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/`, { path, method: 'GET' }, (r) => {
      r.resume();
      resolve(r.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const RESOURCE = '/id/mini/event/qalamoun-offensive-2017';
const DOC = '/doc/mini/event/qalamoun-offensive-2017';

describe('resource IRIs', () => {
  it.each([
    ['text/html', `${DOC}.html`],
    ['text/turtle', `${DOC}.ttl`],
    ['application/ld+json', `${DOC}.jsonld`],
    ['application/n-triples', `${DOC}.nt`],
    ['application/json', `${DOC}.jsonld`],
    ['application/rdf+xml', `${DOC}.rdf`],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', `${DOC}.html`],
    ['text/turtle;q=0.5, application/ld+json;q=0.9', `${DOC}.jsonld`],
    ['application/n-triples, text/*;q=0.1', `${DOC}.nt`],
    ['*/*', `${DOC}.html`],
    [undefined, `${DOC}.html`],
  ])('answers Accept %s with 303 See Other to %s, varying by Accept', async (accept, location) => {
    const res = await get(RESOURCE, accept);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('vary')).toBe('Accept');
  });

  it('answers 406 with Vary when no offered type is acceptable', async () => {
    const res = await get(RESOURCE, 'image/png');
    expect(res.status).toBe(406);
    expect(res.headers.get('vary')).toBe('Accept');
    expect(res.headers.get('location')).toBeNull();
  });

  it('answers 406 when the only acceptable type has q=0', async () => {
    expect((await get(RESOURCE, 'text/html;q=0, text/turtle;q=0')).status).toBe(406);
  });

  it('redirects ontology and concept IRIs to their documents', async () => {
    const onto = await get('/ontology', 'text/turtle');
    expect([onto.status, onto.headers.get('location')]).toEqual([303, '/doc/ontology.ttl']);
    const concept = await get('/concept/event-type/capture', 'text/html');
    expect([concept.status, concept.headers.get('location')]).toEqual([303, '/doc/concept/event-type/capture.html']);
  });

  it('answers 404 for an IRI the dataset does not have', async () => {
    expect((await get('/id/mini/event/no-such-event', 'text/html')).status).toBe(404);
  });

  it('follows the redirect to a page that names the resource', async () => {
    const res = await fetch(server.url + RESOURCE, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Qalamoun offensive (July–August 2017)');
  });
});

describe('documents', () => {
  it.each([
    ['.html', 'text/html; charset=utf-8'],
    ['.ttl', 'text/turtle; charset=utf-8'],
    ['.jsonld', 'application/ld+json'],
    ['.nt', 'application/n-triples; charset=utf-8'],
  ])('serves the %s file with Content-Type %s, varying by Accept-Encoding only', async (ext, type) => {
    const res = await get(DOC + ext, 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it.each([
    ['text/turtle', 'text/turtle; charset=utf-8', `${DOC}.ttl`],
    ['application/ld+json', 'application/ld+json', `${DOC}.jsonld`],
    ['application/n-triples', 'application/n-triples; charset=utf-8', `${DOC}.nt`],
    ['application/rdf+xml', 'application/rdf+xml', `${DOC}.rdf`],
    ['text/html', 'text/html; charset=utf-8', `${DOC}.html`],
  ])(
    'negotiates the extensionless document for %s, naming the file in Content-Location',
    async (accept, type, location) => {
      const res = await get(DOC, accept);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-location')).toBe(location);
      expect(res.headers.get('vary')).toBe('Accept, Accept-Encoding');
    },
  );

  it('announces the alternates of an HTML page in a Link header', async () => {
    const link = (await get(`${DOC}.html`)).headers.get('link');
    expect(link).toBe(
      `<${DOC}.ttl>; rel="alternate"; type="text/turtle", <${DOC}.jsonld>; rel="alternate"; type="application/ld+json", <${DOC}.nt>; rel="alternate"; type="application/n-triples", <${DOC}.rdf>; rel="alternate"; type="application/rdf+xml", <https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"`,
    );
  });

  it("names the dataset's licence in a Link header on every document", async () => {
    expect((await get(`${DOC}.ttl`)).headers.get('link')).toBe(
      '<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"',
    );
  });

  it('serves the home page at /', async () => {
    const res = await get('/');
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(`${server.url + DOC}.ttl`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(`${server.url + DOC}.ttl`, { method: 'DELETE' });
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'GET, HEAD, OPTIONS']);
  });
});

describe('VoID', () => {
  it("serves the dataset description at /.well-known/void, with this server's SPARQL endpoint", async () => {
    const res = await get('/.well-known/void');
    expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const text = await res.text();
    expect(text).toContain(`void:sparqlEndpoint <${server.url}/sparql>`);
    expect(text).toContain('void:triples');
  });
});

describe('paths outside the site', () => {
  // Each would name an existing file (index.html, an event page) if the dots were resolved.
  it.each([
    '/doc/../index.html',
    '/doc/%2e%2e/index.html',
    '/doc/%2E%2E/index.html',
    '/doc/mini/..%2f..%2findex.html',
    '/doc/mini/..%5c..%5cindex.html',
    '/%2e%2e/%2e%2e/package.json',
    '/doc/./mini/event/qalamoun-offensive-2017.html',
    '/doc/%00.html',
    '/doc/%e0%a4%a.html',
  ])('answers 404 for %s', async (path) => {
    expect(await rawStatus(path)).toBe(404);
  });

  it('answers 200 for the same kind of raw request inside the site', async () => {
    expect(await rawStatus('/doc/mini/event/qalamoun-offensive-2017.html')).toBe(200);
  });

  it('keeps decoded paths that stay inside', () => {
    expect(safePath('/doc/mini/event/x%2Dy.html')).toBe('/doc/mini/event/x-y.html');
  });
});
