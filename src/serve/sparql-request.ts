// Reading a SPARQL Protocol request: the query and its dataset (`default-graph-uri`, `named-graph-uri`) from a
// GET's query string, a form-encoded POST or an `application/sparql-query` POST; updates are recognised and refused.
import type { IncomingMessage } from 'node:http';

export type SparqlRequest =
  | { kind: 'query'; query: string; defaultGraphs: string[]; namedGraphs: string[] }
  /** GET (or HEAD) without a query: the form or the service description. */
  | { kind: 'service' }
  | { kind: 'refused'; status: number; message: string };

const UPDATE_REFUSED = {
  kind: 'refused',
  status: 403,
  message: 'SPARQL Update is refused: this endpoint is read-only',
} as const;

/** Reads the request (its body too, up to `maxBodyBytes`). */
export async function readSparqlRequest(req: IncomingMessage, url: URL, maxBodyBytes: number): Promise<SparqlRequest> {
  const params = new URLSearchParams(url.search);
  if (req.method === 'POST') {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined)
      return { kind: 'refused', status: 413, message: `request body larger than ${maxBodyBytes} bytes` };
    if (type === 'application/sparql-update') return UPDATE_REFUSED;
    if (type === 'application/sparql-query') params.set('query', body);
    else if (type === 'application/x-www-form-urlencoded')
      for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
    else
      return {
        kind: 'refused',
        status: 415,
        message: 'send a query as application/sparql-query or application/x-www-form-urlencoded',
      };
  }
  if (params.has('update') || params.has('using-graph-uri')) return UPDATE_REFUSED;
  const queries = params.getAll('query');
  if (queries.length === 0)
    return req.method === 'POST' ? { kind: 'refused', status: 400, message: 'missing query' } : { kind: 'service' };
  if (queries.length > 1) return { kind: 'refused', status: 400, message: 'exactly one query parameter is allowed' };
  const defaultGraphs = params.getAll('default-graph-uri');
  const namedGraphs = params.getAll('named-graph-uri');
  const bad = [...defaultGraphs, ...namedGraphs].find((g) => !isAbsoluteIri(g));
  if (bad !== undefined)
    return {
      kind: 'refused',
      status: 400,
      message: `expected an absolute IRI for a graph, found "${bad.slice(0, 80)}"`,
    };
  return { kind: 'query', query: queries[0]!, defaultGraphs, namedGraphs };
}

function isAbsoluteIri(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(text);
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
