// Writing answers: plain ones (errors, redirects, query results) and static representations, which carry
// validators (ETag, Last-Modified), Cache-Control, answer conditional requests with 304 and are compressed when accepted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickEncoding } from './compression.ts';
import type { StaticBody } from './static-body.ts';

/** Sends a body as it is (no body for HEAD). */
export function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface StaticAnswer {
  type: string;
  body: StaticBody;
  /** When the representation last changed (the server's start: the site is built then). */
  lastModified: Date;
  /** Seconds a cache may reuse the answer without asking again. */
  maxAge: number;
}

/** Sends a static representation, or 304 Not Modified when the client's copy is current. */
export function sendStatic(req: IncomingMessage, res: ServerResponse, answer: StaticAnswer): void {
  const encoding = pickEncoding(req.headers['accept-encoding'], answer.body.bytes.length);
  const etag = answer.body.etag(encoding);
  appendVary(res, 'Accept-Encoding');
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', answer.lastModified.toUTCString());
  res.setHeader('Cache-Control', `public, max-age=${answer.maxAge}`);
  if (isNotModified(req, etag, answer.lastModified)) {
    res.statusCode = 304;
    return void res.end();
  }
  const bytes = answer.body.encoded(encoding);
  res.statusCode = 200;
  res.setHeader('Content-Type', answer.type);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present; otherwise If-Modified-Since. */
function isNotModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** Adds a field name to Vary, once. */
export function appendVary(res: ServerResponse, field: string): void {
  const current = String(res.getHeader('Vary') ?? '');
  const fields = current ? current.split(',').map((f) => f.trim()) : [];
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
  res.setHeader('Vary', fields.join(', '));
}
