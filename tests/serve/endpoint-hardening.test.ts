// An endpoint that cannot be frozen: a bounded queue (503 with Retry-After when full), queries stopped when their
// client goes away, a memory cap (tripped here by a fake memory reading, so nothing depends on timing), documents
// served while SPARQL is saturated, and a stop that cancels running queries and answers their clients.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, type ServeOptions } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

// About 340^4 solutions: it runs until it is stopped (the timeouts below are a minute).
const ENDLESS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const DOC = '/doc/mini/event/qalamoun-offensive-2017.html';

let servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const server = await startServer({
    site: await miniSite(),
    host: '127.0.0.1',
    port: 0,
    timeoutMs: 60_000,
    resultLimit: 100,
    ...options,
  });
  servers.push(server);
  return server;
}

/** Starts a query the test can abandon (the client going away), without waiting for its answer. */
function startQuery(server: RunningServer, query: string) {
  const client = new AbortController();
  const answer = fetch(`${server.url}/sparql?query=${encodeURIComponent(query)}`, { signal: client.signal }).then(
    async (r) => ({ status: r.status, text: await r.text(), retryAfter: r.headers.get('retry-after') }),
    () => undefined,
  );
  return { answer, goAway: () => client.abort() };
}

/** Waits for a condition the server reports (never for a fixed time). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}

const ask = (server: RunningServer) =>
  fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK {}')}`).then(async (r) => [r.status, await r.text()]);

describe('the bounded queue', () => {
  it('answers 503 with Retry-After when one query runs and the queue is full, and takes queries again once it drains', async () => {
    const server = await serve({ maxQueue: 1, timeoutMs: 60_000 });
    const running = startQuery(server, ENDLESS);
    const waiting = startQuery(server, ENDLESS);
    await until(() => server.sparqlPending === 2);
    const refused = await fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK {}')}`);
    expect([refused.status, refused.headers.get('retry-after'), await refused.text()]).toEqual([
      503,
      '60',
      'the endpoint is busy: 1 query is waiting behind the one running\n',
    ]);
    running.goAway();
    waiting.goAway();
    await until(() => server.sparqlPending === 0);
    expect(await ask(server)).toEqual([200, '{"head":{},"boolean":true}']);
  });
});

describe('a client that goes away', () => {
  it('has its running query stopped (the worker restarted with the data), and the next query is answered', async () => {
    const server = await serve();
    const query = startQuery(server, ENDLESS);
    await until(() => server.sparqlPending === 1);
    query.goAway();
    await until(() => server.sparqlPending === 0);
    expect(await query.answer).toBeUndefined();
    const count = await fetch(
      `${server.url}/sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')}`,
      { headers: { accept: 'text/csv' } },
    );
    expect(await count.text()).toMatch(/^n\r\n[1-9][0-9]*\r\n$/);
  });

  it('has its waiting query taken out of the queue', async () => {
    const server = await serve();
    const first = startQuery(server, ENDLESS);
    const second = startQuery(server, ENDLESS);
    await until(() => server.sparqlPending === 2);
    second.goAway();
    await until(() => server.sparqlPending === 1);
    first.goAway();
    await until(() => server.sparqlPending === 0);
  });
});

describe('the memory cap', () => {
  it('stops the running query with 507 when the process is past the cap, then answers the next', async () => {
    let memory = 4 * 2 ** 30;
    const server = await serve({ memoryLimitBytes: 2 ** 30, readMemory: () => memory });
    const query = startQuery(server, ENDLESS);
    expect(await query.answer).toEqual({
      status: 507,
      retryAfter: null,
      text: 'resource limit: the query was stopped: the server grew past its memory cap of 1024 MiB; narrow it (a LIMIT, fewer variables)\n',
    });
    memory = 0;
    expect(await ask(server)).toEqual([200, '{"head":{},"boolean":true}']);
  });

  it('does not stop a query while memory stays under the cap', async () => {
    const server = await serve({ memoryLimitBytes: 2 ** 30, readMemory: () => 0 });
    expect(await ask(server)).toEqual([200, '{"head":{},"boolean":true}']);
  });
});

describe('the slow lane', () => {
  it('sends a query text that ran into a limit to the slow lane, so ASK is answered while it runs again', async () => {
    let memory = 4 * 2 ** 30;
    const server = await serve({ memoryLimitBytes: 2 ** 30, readMemory: () => memory });
    expect((await startQuery(server, ENDLESS).answer)?.status).toBe(507);
    memory = 0;
    // The same query written differently: comments, spacing and the names of variables do not change what it does.
    const again = startQuery(
      server,
      `# again\n${ENDLESS.replace(/ \. /g, ' .\n  ').replace(/\?([a-l])\b/g, '$$$1_renamed')}`,
    );
    await until(() => server.sparqlPending === 1);
    expect(await ask(server)).toEqual([200, '{"head":{},"boolean":true}']);
    expect(server.sparqlPending).toBe(1);
    again.goAway();
    await until(() => server.sparqlPending === 0);
  });

  it('keeps a new query in the quick lane, behind the one running there', async () => {
    const server = await serve({ maxQueue: 0 });
    const running = startQuery(server, ENDLESS);
    await until(() => server.sparqlPending === 1);
    expect((await fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK {}')}`)).status).toBe(503);
    running.goAway();
    await until(() => server.sparqlPending === 0);
  });
});

describe('documents while SPARQL is saturated', () => {
  it('serves pages, documents, the form and the VoID while queries run and the queue is full', async () => {
    const server = await serve({ maxQueue: 2 });
    const queries = [startQuery(server, ENDLESS), startQuery(server, ENDLESS), startQuery(server, ENDLESS)];
    await until(() => server.sparqlPending === 3);
    for (const path of [
      DOC,
      '/doc/mini/event/qalamoun-offensive-2017.ttl',
      '/',
      '/.well-known/void',
      '/sparql',
      '/dump/mini.nt',
    ]) {
      const started = performance.now();
      const res = await fetch(server.url + path, { headers: { accept: 'text/html' } });
      expect([path, res.status]).toEqual([path, 200]);
      expect(performance.now() - started).toBeLessThan(1000);
    }
    for (const q of queries) q.goAway();
    await until(() => server.sparqlPending === 0);
  });
});

describe('stopping', () => {
  it('cancels the running and waiting queries, answers their clients 503, and closes', async () => {
    const server = await startServer({
      site: await miniSite(),
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 60_000,
      resultLimit: 100,
    });
    const running = startQuery(server, ENDLESS);
    const waiting = startQuery(server, ENDLESS);
    await until(() => server.sparqlPending === 2);
    await server.close();
    for (const q of [running, waiting]) {
      expect(await q.answer).toEqual({ status: 503, retryAfter: '60', text: 'the store is closed\n' });
    }
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });
});
