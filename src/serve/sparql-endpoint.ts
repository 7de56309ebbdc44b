// The read-only SPARQL 1.1 Protocol endpoint: queries by GET or POST, answered in the format the client accepts;
// without a query, the HTML form for a browser or the service description for an RDF client; updates refused.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Quad } from 'n3';
import { toTurtle, toNTriples } from '../site/index.ts';
import { convertGraph, GRAPH_CONTENT_TYPES, GRAPH_OFFERS, type GraphFormat } from './graph-formats.ts';
import { negotiate, type Offer } from './negotiate.ts';
import { answerQuery, type AnswerContext } from './sparql-answer.ts';
import { renderSparqlPage } from './sparql-page.ts';
import { readSparqlRequest } from './sparql-request.ts';
import { appendVary, send } from './send-response.ts';

export interface SparqlEndpointOptions extends AnswerContext {
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** The service description and the prefixes to write it with. */
  service: { quads: Quad[]; prefixes: Record<string, string> };
}

/** The methods /sparql takes: POST carries a query, never a change. */
export const SPARQL_METHODS = ['GET', 'HEAD', 'POST'] as const;

const SERVICE_OFFERS: readonly Offer<GraphFormat | 'html'>[] = [
  { name: 'html', types: ['text/html', 'application/xhtml+xml'] },
  ...GRAPH_OFFERS,
];

/** Answers one request to `/sparql`. */
export async function handleSparql(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: SparqlEndpointOptions,
): Promise<void> {
  if (!(SPARQL_METHODS as readonly string[]).includes(req.method ?? '')) {
    res.setHeader('Allow', [...SPARQL_METHODS, 'OPTIONS'].join(', '));
    return send(req, res, 405, 'text/plain', 'the SPARQL endpoint takes GET and POST\n');
  }
  const request = await readSparqlRequest(req, url, options.maxBodyBytes);
  if (request.kind === 'refused')
    return send(req, res, request.status, 'text/plain; charset=utf-8', `${request.message}\n`);
  if (request.kind === 'query') return answerQuery(req, res, request, options);
  appendVary(res, 'Accept');
  const offer = negotiate(req.headers.accept, SERVICE_OFFERS);
  if (!offer)
    return send(req, res, 406, 'text/plain', `available: ${SERVICE_OFFERS.map((o) => o.types[0]).join(', ')}\n`);
  if (offer.name === 'html') return send(req, res, 200, 'text/html; charset=utf-8', renderSparqlPage(undefined));
  const { quads, prefixes } = options.service;
  const body = offer.name === 'turtle' ? toTurtle(quads, prefixes) : await convertGraph(toNTriples(quads), offer.name);
  send(req, res, 200, GRAPH_CONTENT_TYPES[offer.name], body);
}
