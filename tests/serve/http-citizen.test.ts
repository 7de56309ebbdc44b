// HTTP a good citizen serves: CORS on documents and /sparql (preflight answered, read-only methods only), strong
// ETags, Last-Modified and Cache-Control with 304 for conditional requests, gzip and brotli when accepted, the
// licence on the VoID description, and RDF/XML documents that rapper reads as the document's triples.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
});
afterAll(() => server.close());

const DOC = '/doc/mini/event/qalamoun-offensive-2017';
const DUMP = '/dump/mini.nt';
const LICENSE = '<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"';
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(server.url + path, { method, headers, redirect: 'manual' });

/** A GET whose body is read as the raw bytes sent (fetch() would decode the content coding). */
function raw(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(server.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('CORS', () => {
  it.each([
    `${DOC}.ttl`,
    DUMP,
    '/.well-known/void',
    '/sparql?query=ASK%7B%7D',
    '/id/mini/event/qalamoun-offensive-2017',
  ])('lets any origin read %s', async (path) => {
    const res = await get(path, { origin: 'https://app.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'ETag, Link, Location, Content-Location, Retry-After, X-Result-Limit, X-Results-Truncated',
    );
  });

  it('answers the preflight of a query POST on /sparql with the read-only methods', async () => {
    const res = await get(
      '/sparql',
      {
        origin: 'https://app.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
      'OPTIONS',
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control',
    );
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('content-length')).toBeNull();
  });

  it('lists only GET and HEAD for a document, so a browser refuses a PUT or DELETE', async () => {
    const res = await get(
      `${DOC}.ttl`,
      { origin: 'https://app.example', 'access-control-request-method': 'DELETE' },
      'OPTIONS',
    );
    expect([res.status, res.headers.get('access-control-allow-methods'), res.headers.get('allow')]).toEqual([
      204,
      'GET, HEAD',
      'GET, HEAD, OPTIONS',
    ]);
  });

  it('still refuses the write methods themselves', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await get(`${DOC}.ttl`, {}, method)).status).toBe(405);
    expect((await get('/sparql', {}, 'PUT')).status).toBe(405);
  });
});

describe('validators and conditional requests', () => {
  it.each([`${DOC}.ttl`, `${DOC}.html`, DUMP, '/.well-known/void', `${DOC}.rdf`])(
    'sends a strong ETag, Last-Modified and Cache-Control on %s, and 304 for If-None-Match',
    async (path) => {
      const first = await get(path);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}(-gzip|-br)?"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(new Date(first.headers.get('last-modified')!).getTime()).toBeLessThanOrEqual(Date.now());
      const again = await get(path, { 'if-none-match': etag });
      expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, '']);
      expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200);
      expect((await get(path, { 'if-none-match': `W/${etag}, "x"` })).status).toBe(304);
    },
  );

  it('answers If-Modified-Since with 304 from Last-Modified on, 200 before it', async () => {
    const lastModified = (await get(DUMP)).headers.get('last-modified')!;
    expect((await get(DUMP, { 'if-modified-since': lastModified })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get(DUMP, { 'if-modified-since': before })).status).toBe(200);
  });

  it('lets If-None-Match decide when both are sent', async () => {
    const lastModified = (await get(DUMP)).headers.get('last-modified')!;
    expect((await get(DUMP, { 'if-none-match': '"other"', 'if-modified-since': lastModified })).status).toBe(200);
  });

  it('keeps the same ETag for the same document through negotiation', async () => {
    const direct = (await get(`${DOC}.ttl`)).headers.get('etag');
    const negotiated = await get(DOC, { accept: 'text/turtle' });
    expect(negotiated.headers.get('etag')).toBe(direct);
    expect((await get(DOC, { accept: 'text/turtle', 'if-none-match': direct! })).status).toBe(304);
  });
});

describe('compression', () => {
  it.each([
    ['gzip', 'gzip', gunzipSync],
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['br;q=0.5, gzip', 'gzip', gunzipSync],
  ] as const)(
    'sends the dump compressed for Accept-Encoding %s (%s), decoding to the same bytes',
    async (accept, coding, decode) => {
      const plain = await raw(DUMP, {});
      const packed = await raw(DUMP, { 'accept-encoding': accept });
      expect(packed.headers['content-encoding']).toBe(coding);
      expect(packed.headers.vary).toBe('Accept-Encoding');
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decode(packed.body).equals(plain.body)).toBe(true);
      expect(packed.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}-${coding}"`);
    },
  );

  it('sends the body as it is without Accept-Encoding, or when identity is the only coding accepted', async () => {
    expect((await raw(DUMP, {})).headers['content-encoding']).toBeUndefined();
    expect((await raw(DUMP, { 'accept-encoding': 'gzip;q=0, br;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('compresses documents too', async () => {
    const res = await raw(`${DOC}.html`, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString('utf8')).toContain('Qalamoun offensive');
  });
});

describe('the VoID description', () => {
  it('names the licence in a Link header', async () => {
    const res = await get('/.well-known/void');
    expect([res.status, res.headers.get('link')]).toEqual([200, LICENSE]);
  });
});

describe('RDF/XML documents', () => {
  const rapper = existsSync('/usr/bin/rapper') || Boolean(process.env.CI);

  it('resolves the IRI to the .rdf document for Accept application/rdf+xml', async () => {
    const res = await get('/id/mini/event/qalamoun-offensive-2017', { accept: 'application/rdf+xml' });
    expect([res.status, res.headers.get('location')]).toEqual([303, `${DOC}.rdf`]);
  });

  it.skipIf(!rapper)('serves RDF/XML that rapper reads as the same triples as the N-Triples document', async () => {
    const xml = await (await get(`${DOC}.rdf`)).text();
    const nt = await (await get(`${DOC}.nt`)).text();
    const parsed = execFileSync('rapper', ['-q', '-i', 'rdfxml', '-o', 'ntriples', '-', 'http://example.org/'], {
      input: xml,
    }).toString('utf8');
    const fromNt = execFileSync('rapper', ['-q', '-i', 'ntriples', '-o', 'ntriples', '-', 'http://example.org/'], {
      input: nt,
    }).toString('utf8');
    const lines = (s: string) => s.split('\n').filter(Boolean).sort();
    expect(lines(parsed)).toEqual(lines(fromNt));
    expect(lines(parsed).length).toBeGreaterThan(20);
  });

  it('answers 404 for a .rdf file of a document the site does not have', async () => {
    expect((await get('/doc/mini/event/no-such-event.rdf')).status).toBe(404);
  });
});
