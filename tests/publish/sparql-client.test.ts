import { DataFactory } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/publish/http-request.ts';
import { countTriples, runSparql, toTerm } from '../../src/publish/sparql-client.ts';
import { serve, type LocalServer } from './local-server.ts';

const { literal, namedNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('toTerm', () => {
  it('reads the pre-SPARQL-1.1 typed-literal that Virtuoso 7.2.5 sends', () => {
    expect(
      toTerm({ type: 'typed-literal', value: '2017-08', datatype: `${XSD}gYearMonth` }).equals(
        literal('2017-08', namedNode(`${XSD}gYearMonth`)),
      ),
    ).toBe(true);
    expect(
      toTerm({ type: 'literal', value: '2017-07-21', datatype: `${XSD}date` }).equals(
        literal('2017-07-21', namedNode(`${XSD}date`)),
      ),
    ).toBe(true);
  });

  it('keeps language tags', () => {
    expect(toTerm({ type: 'literal', value: '아르살', 'xml:lang': 'ko' }).equals(literal('아르살', 'ko'))).toBe(true);
  });
});

describe('runSparql', () => {
  it('sends a short query as GET with default-graph-uri and says when the store cut the rows', async () => {
    server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/sparql-results+json', 'x-sparql-maxrows': '2' });
      res.end(
        '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"7"}}]}}',
      );
    });
    const endpoint = {
      client: createHttpClient({ timeoutMs: 60_000, retries: 0, backoffMs: 0 }),
      endpoint: `${server.url}/sparql`,
    };
    const result = await runSparql(endpoint, 'SELECT ?n { }', 'https://ex.org/g');
    expect(result).toMatchObject({ kind: 'bindings', variables: ['n'], truncated: true });
    expect(server.requests[0]).toBe('GET /sparql?query=SELECT+%3Fn+%7B+%7D&default-graph-uri=https%3A%2F%2Fex.org%2Fg');
    expect(await countTriples(endpoint, 'https://ex.org/g')).toBe(7);
  });

  it('sends a long query as a form POST, never as application/sparql-query', async () => {
    let contentType = '';
    server = await serve((req, res) => {
      contentType = req.headers['content-type'] ?? '';
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end('{"head":{},"boolean":true}');
    });
    const endpoint = {
      client: createHttpClient({ timeoutMs: 60_000, retries: 0, backoffMs: 0 }),
      endpoint: `${server.url}/sparql`,
    };
    const result = await runSparql(endpoint, `ASK { ?s ?p "${'x'.repeat(2000)}" }`);
    expect(result).toEqual({ kind: 'boolean', value: true });
    expect(server.requests[0]).toBe('POST /sparql');
    expect(contentType).toBe('application/x-www-form-urlencoded');
  });
});
