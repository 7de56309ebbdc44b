import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, send, storeMessage, type HttpOptions } from '../../src/publish/http-request.ts';
import { PublishError } from '../../src/publish/publish-error.ts';
import { freePort } from './virtuoso.ts';
import { serve, type LocalServer } from './local-server.ts';

// Only a store that never answers may end on the timer: every other fault is made by the server itself (an answer, a
// dropped socket), so a long timeout keeps a loaded machine from turning a drop into a timeout.
const FAST: HttpOptions = { timeoutMs: 60_000, retries: 1, backoffMs: 10 };
const STALL: HttpOptions = { ...FAST, timeoutMs: 300 };
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fault(p: Promise<unknown>): Promise<PublishError> {
  const e = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(PublishError);
  return e as PublishError;
}

const put = (url: string, options = FAST) =>
  send(createHttpClient(options), {
    method: 'PUT',
    url: new URL(`${url}/gsp?graph=g`),
    body: '<a:s> <a:p> <a:o> .\n',
    idempotent: true,
  });

describe('send', () => {
  it("shows the status and the store's own message for a 500, without retrying it", async () => {
    server = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end(
        '<html><head><title>Error</title></head><body><h1>Failed</h1><xmp>Virtuoso 37000 Error SP029: TURTLE RDF loader, line 1: syntax error</xmp></body></html>',
      );
    });
    const e = await fault(put(server.url));
    expect(e.code).toBe('E_PUBLISH_HTTP');
    expect(e.status).toBe(500);
    expect(e.detail).toBe(
      `PUT ${server.url}/gsp?graph=g: the store answered HTTP 500: Virtuoso 37000 Error SP029: TURTLE RDF loader, line 1: syntax error`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 503 with backoff and returns the answer that follows', async () => {
    let calls = 0;
    server = await serve((_req, res) => {
      calls += 1;
      res.writeHead(calls === 1 ? 503 : 201).end();
    });
    expect((await put(server.url)).status).toBe(201);
    expect(server.requests).toEqual(['PUT /gsp?graph=g', 'PUT /gsp?graph=g']);
  });

  it('gives up on a store that stalls, after the retries', async () => {
    server = await serve(() => undefined); // never answers
    const e = await fault(put(server.url, STALL));
    expect(e.code).toBe('E_PUBLISH_TIMEOUT');
    expect(e.detail).toBe(`PUT ${server.url}/gsp?graph=g: no answer within 0.3 s; gave up after 2 attempts`);
    expect(server.requests).toHaveLength(2);
  });

  it('reports a connection dropped in the middle of the upload', async () => {
    server = await serve((req) => req.once('data', () => req.socket.destroy()), true);
    const big = '<a:s> <a:p> "x" .\n'.repeat(200_000);
    const e = await fault(
      send(createHttpClient(FAST), { method: 'PUT', url: new URL(`${server.url}/gsp`), body: big, idempotent: true }),
    );
    expect(e.code).toBe('E_PUBLISH_DROPPED');
    expect(e.detail).toMatch(
      new RegExp(
        `^PUT ${server.url}/gsp: the connection was dropped before the answer was complete \\(\\w+\\); gave up after 2 attempts$`,
      ),
    );
  });

  it('does not repeat a request that is not idempotent', async () => {
    server = await serve((req) => req.socket.destroy());
    const request = {
      method: 'POST',
      url: new URL(`${server.url}/gsp`),
      body: '_:b <a:p> <a:o> .\n',
      idempotent: false,
    } as const;
    const e = await fault(send(createHttpClient(FAST), request));
    expect(e.code).toBe('E_PUBLISH_DROPPED');
    expect(e.detail).not.toContain('gave up');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection as an unreachable store', async () => {
    const port = await freePort();
    const e = await fault(put(`http://127.0.0.1:${port}`));
    expect(e.code).toBe('E_PUBLISH_UNREACHABLE');
    expect(e.detail).toBe(
      `PUT http://127.0.0.1:${port}/gsp?graph=g: cannot connect to http://127.0.0.1:${port} (ECONNREFUSED); is the store running?`,
    );
  });

  it('answers a Basic challenge learnt from a bodiless probe', async () => {
    const expected = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;
    server = await serve((req, res) => {
      if (req.headers.authorization !== expected)
        res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end();
      else res.writeHead(201).end();
    });
    const answer = await put(server.url, { ...FAST, credentials: { user: 'alice', password: 's3cret' } });
    expect(answer.status).toBe(201);
    expect(server.requests).toEqual(['HEAD /gsp?graph=g', 'PUT /gsp?graph=g']);
  });

  it('says the store refused the credentials when it answers 401 twice', async () => {
    server = await serve((_req, res) => res.writeHead(401, { 'www-authenticate': 'Basic realm="store"' }).end());
    const e = await fault(put(server.url, { ...FAST, credentials: { user: 'alice', password: 'wrong' } }));
    expect(e.code).toBe('E_PUBLISH_AUTH');
    expect(e.detail).toBe(
      `PUT ${server.url}/gsp?graph=g: the store refused the credentials of user "alice" (HTTP 401)`,
    );
  });
});

describe('storeMessage', () => {
  it('takes the text of an HTML error page without its head', () => {
    expect(
      storeMessage('<html><head><title>T</title></head><body><h1>HTTP 400</h1>\n<p>Bad  graph</p></body></html>'),
    ).toBe('HTTP 400 Bad graph');
  });

  it('says the credentials were refused when the store answers 401 and drops the connection mid-upload', async () => {
    // The store answers the headers of a PUT at once and closes the socket while the body is still coming.
    server = await serve((req, res) => {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="store"', connection: 'close' });
      if (req.method === 'HEAD') res.end();
      else res.end(() => req.socket.destroy());
    }, true);
    const big = '<a:s> <a:p> "x" .\n'.repeat(400_000);
    const request = { method: 'PUT' as const, url: new URL(`${server.url}/gsp`), body: big, idempotent: true };
    const e = await fault(
      send(createHttpClient({ ...FAST, credentials: { user: 'alice', password: 'wrong' } }), request),
    );
    expect(e.code).toBe('E_PUBLISH_AUTH');
    expect(e.detail).toBe(`PUT ${server.url}/gsp: the store refused the credentials of user "alice" (HTTP 401)`);
  });
});
