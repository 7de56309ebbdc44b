import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PublishOptions, type PublishProgress, publishGraph } from '../../src/publish/publish-graph.ts';
import { PublishError } from '../../src/publish/publish-error.ts';
import { serve, type LocalServer } from './local-server.ts';

// Against a real store these run in virtuoso-store.test.ts; here a small local server plays a store that fails.
const SMALL = join(import.meta.dirname, 'fixtures/small.nt');
const GRAPH = 'https://w3id.org/conflict-kg/id/test/graph';
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function countAnswer(n: number): string {
  return JSON.stringify({
    head: { vars: ['n'] },
    results: {
      bindings: [
        { n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: String(n) } },
      ],
    },
  });
}

/** A store that accepts `okRequests` GSP requests, then drops the connection; its COUNT says `held`. */
async function failingStore(okRequests: number, held: number | 'fail'): Promise<LocalServer> {
  let seen = 0;
  return serve((req, res) => {
    if (req.url!.startsWith('/sparql')) {
      if (held === 'fail') res.writeHead(500).end('count is broken');
      else res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(countAnswer(held));
      return;
    }
    seen += 1;
    if (seen > okRequests) req.socket.destroy();
    else res.writeHead(seen === 1 ? 201 : 200).end();
  });
}

function options(url: string, extra: Partial<PublishOptions> = {}): PublishOptions {
  return {
    file: SMALL,
    graph: GRAPH,
    gsp: `${url}/gsp`,
    sparql: `${url}/sparql`,
    chunkTriples: 4,
    timeoutMs: 60_000,
    retries: 1,
    backoffMs: 5,
    ...extra,
  };
}

async function fault(p: Promise<unknown>): Promise<PublishError> {
  const e = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(PublishError);
  return e as PublishError;
}

describe('publishGraph', () => {
  it('PUTs the first chunk, POSTs the rest and checks the COUNT', async () => {
    server = await failingStore(99, 11);
    const progress: string[] = [];
    const onProgress = (p: PublishProgress) =>
      progress.push(
        `${p.method} ${p.chunkTriples} (${p.triples}/${p.totalTriples} triples, ${p.requests}/${p.totalRequests})`,
      );
    const report = await publishGraph(options(server.url, { onProgress }));
    expect(report).toEqual({ graph: GRAPH, triples: 11, requests: 3, created: true });
    expect(progress).toEqual([
      'PUT 4 (4/11 triples, 1/3)',
      'POST 4 (8/11 triples, 2/3)',
      'POST 3 (11/11 triples, 3/3)',
    ]);
    expect(server.requests.filter((r) => r.startsWith('PUT') || r.startsWith('POST /gsp'))).toHaveLength(3);
  });

  it('fails loudly when the store holds a different number of triples', async () => {
    server = await failingStore(99, 10);
    const e = await fault(publishGraph(options(server.url)));
    expect(e.code).toBe('E_PUBLISH_COUNT');
    expect(e.detail).toBe(`graph <${GRAPH}> holds 10 triples after publishing, but ${SMALL} has 11`);
  });

  it('says how much of the graph is there when the connection drops after the first chunk', async () => {
    server = await failingStore(1, 4);
    const e = await fault(publishGraph(options(server.url)));
    expect(e.code).toBe('E_PUBLISH_DROPPED');
    expect(e.detail).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/gsp\?graph=\S+: the connection was dropped before the answer was complete \(\w+\); gave up after 2 attempts; /,
    );
    expect(e.detail).toMatch(
      new RegExp(
        `; graph <${GRAPH}> now holds 4 of the 11 triples \\(the store acknowledged 4 of 11 triples\\); publish again to replace it completely$`,
      ),
    );
  });

  it('says the graph is incomplete when it cannot even count', async () => {
    server = await failingStore(1, 'fail');
    const e = await fault(publishGraph(options(server.url)));
    expect(e.detail).toContain(
      `; graph <${GRAPH}> was cleared and is incomplete (the store acknowledged 4 of 11 triples; counting failed: GET `,
    );
    expect(e.detail).toContain('the store answered HTTP 500: count is broken); publish again to replace it completely');
  });

  it('refuses to split blank nodes across requests', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ckg-pub-')), 'b.nt');
    writeFileSync(file, '_:b <a:p> <a:o> .\n<a:s> <a:p> _:b .\n<a:s> <a:q> <a:o> .\n');
    const e = await fault(publishGraph(options('http://127.0.0.1:9', { file, chunkTriples: 2 })));
    expect(e.code).toBe('E_PUBLISH_DATA');
    expect(e.detail).toBe(
      `${file} has blank nodes and more than 2 triples: sending it in several requests would split blank nodes into copies; skolemize them or raise the chunk size`,
    );
  });
});
