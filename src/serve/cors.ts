// Cross-origin reads: every answer may be read by a page on any origin (Access-Control-Allow-Origin: *), and a
// preflight is answered for the read-only methods only, so a web application can fetch documents and run queries.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The headers a browser script may read beyond the CORS-safelisted ones. */
const EXPOSED = [
  'ETag',
  'Link',
  'Location',
  'Content-Location',
  'Retry-After',
  'X-Result-Limit',
  'X-Results-Truncated',
];

/** The request headers a cross-origin request may send (all of them read-only in effect). */
const ALLOWED_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'If-None-Match',
  'If-Modified-Since',
  'Cache-Control',
];

/** Marks any answer readable from other origins. */
export function allowCrossOrigin(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
}

/**
 * Answers OPTIONS: 204 with the methods the path takes (`GET, HEAD`, plus `POST` for queries on /sparql) and, for a
 * preflight, the request headers it may send. A method outside that list is simply not listed, so the browser refuses it.
 */
export function answerOptions(req: IncomingMessage, res: ServerResponse, methods: readonly string[]): void {
  res.statusCode = 204;
  res.setHeader('Allow', [...methods, 'OPTIONS'].join(', '));
  if (req.headers['access-control-request-method'] !== undefined) {
    res.setHeader('Access-Control-Allow-Methods', methods.join(', '));
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', '86400');
  }
  res.end();
}
