// The read-only SPARQL 1.1 Protocol endpoint: queries by GET or POST (form or application/sparql-query),
// answered within a timeout and a result limit; SPARQL Update is refused.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DiagnosticError } from '../diagnostics.ts';
import { NS } from '../vocab.ts';
import { esc } from '../site/render-html.ts';
import { negotiate } from './negotiate.ts';
import type { SparqlRunner } from './sparql-runner.ts';

export interface SparqlEndpointOptions {
  runner: SparqlRunner;
  resultLimit: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
}

const GRAPH_OFFERS = [
  { name: 'turtle', types: ['text/turtle'] },
  { name: 'ntriples', types: ['application/n-triples', 'text/plain'] },
] as const;

/** Answers one request to `/sparql`. */
export async function handleSparql(req: IncomingMessage, res: ServerResponse, url: URL, options: SparqlEndpointOptions): Promise<void> {
  const params = new URLSearchParams(url.search);
  if (req.method === 'POST') {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const body = await readBody(req, options.maxBodyBytes);
    if (body === undefined) return send(res, 413, 'text/plain', `request body larger than ${options.maxBodyBytes} bytes\n`);
    if (type === 'application/sparql-update') return refuseUpdate(res);
    if (type === 'application/sparql-query') params.set('query', body);
    else if (type === 'application/x-www-form-urlencoded') new URLSearchParams(body).forEach((v, k) => params.append(k, v));
    else return send(res, 415, 'text/plain', 'send a query as application/sparql-query or application/x-www-form-urlencoded\n');
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD, POST');
    return send(res, 405, 'text/plain', 'the SPARQL endpoint takes GET and POST\n');
  }
  if (params.has('update')) return refuseUpdate(res);
  const queries = params.getAll('query');
  if (queries.length === 0) return req.method === 'POST' ? send(res, 400, 'text/plain', 'missing query\n') : send(res, 200, 'text/html; charset=utf-8', FORM);
  if (queries.length > 1) return send(res, 400, 'text/plain', 'exactly one query parameter is allowed\n');
  await answer(queries[0]!, req, res, options);
}

async function answer(query: string, req: IncomingMessage, res: ServerResponse, options: SparqlEndpointOptions): Promise<void> {
  try {
    const result = await options.runner.run(query);
    res.setHeader('X-Result-Limit', String(options.resultLimit));
    if (result.truncated) res.setHeader('X-Results-Truncated', 'true');
    if (result.kind !== 'graph') return send(res, 200, 'application/sparql-results+json', result.body, req);
    // N-Triples is also valid Turtle, so one body serves both.
    const offer = negotiate(req.headers.accept, GRAPH_OFFERS) ?? GRAPH_OFFERS[1];
    res.setHeader('Vary', 'Accept');
    return send(res, 200, `${offer.types[0]}; charset=utf-8`, result.body, req);
  } catch (e) {
    const d = e instanceof DiagnosticError ? e.diagnostics[0] : undefined;
    if (d?.code === 'E_QUERY_SYNTAX') return send(res, 400, 'text/plain; charset=utf-8', `query syntax error: ${d.message}\n`);
    if (d?.code === 'E_QUERY_TIMEOUT') return send(res, 503, 'text/plain; charset=utf-8', `${d.message}\n`);
    throw e;
  }
}

function refuseUpdate(res: ServerResponse): void {
  send(res, 403, 'text/plain; charset=utf-8', 'SPARQL Update is refused: this endpoint is read-only\n');
}

function send(res: ServerResponse, status: number, type: string, body: string, req?: IncomingMessage): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req?.method === 'HEAD' ? undefined : body);
}

/** The body as text, or undefined when it is larger than `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    req.on('end', () => resolve(size > max ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const EXAMPLE = `PREFIX ckg: <${NS.ckg}>
PREFIX rdfs: <${NS.rdfs}>
SELECT ?event ?label WHERE {
  ?event a ckg:Incident ; rdfs:label ?label .
} LIMIT 50`;

const FORM = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>SPARQL endpoint</title></head>
<body>
<h1>SPARQL endpoint (read-only)</h1>
<form method="get" action="sparql">
<p><label for="query">Query</label><br>
<textarea id="query" name="query" rows="12" cols="80">${esc(EXAMPLE)}</textarea></p>
<p><button type="submit">Run</button></p>
</form>
<p><a href="./">Home</a></p>
</body>
</html>
`;
