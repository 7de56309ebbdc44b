// The site's documents over HTTP: files as they are, `/doc/…/x` by content negotiation, resource IRIs by
// 303 See Other (Cool URIs), RDF/XML written on demand from a document's N-Triples, all as cacheable static bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DOC_FORMATS, Site } from '../site/index.ts';
import { convertGraph } from './graph-formats.ts';
import { negotiate, type Offer } from './negotiate.ts';
import { appendVary, send, sendStatic } from './send-response.ts';
import type { StaticBody } from './static-body.ts';

export type DocExtension = keyof typeof DOC_FORMATS | 'rdf';

/** The representations of a document, in the server's order of preference (HTML first, for browsers). */
export const DOC_OFFERS: readonly Offer<DocExtension>[] = [
  { name: 'html', types: ['text/html', 'application/xhtml+xml'] },
  { name: 'ttl', types: ['text/turtle'] },
  { name: 'jsonld', types: ['application/ld+json', 'application/json'] },
  { name: 'nt', types: ['application/n-triples'] },
  { name: 'rdf', types: ['application/rdf+xml'] },
];

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples; charset=utf-8',
  rdf: 'application/rdf+xml',
};

/** Seconds a cache may keep a document before asking again (with its validators). */
const MAX_AGE = 3600;

export interface DocumentContext {
  site: Site;
  /** Files the server writes itself, in place of the site's (its VoID, which names this server's endpoint). */
  own: Map<string, string>;
  bodies: (key: string, text: () => string | Buffer) => StaticBody;
  startedAt: Date;
  license: string | undefined;
  /** The RDF/XML written so far, by document. */
  rdfXml: Map<string, string>;
}

/** A site file as it is, or the RDF/XML of a document; false when the path names neither. */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  ctx: DocumentContext,
): Promise<boolean> {
  const text = ctx.own.get(file) ?? ctx.site.files.get(file) ?? (await rdfXmlOf(file, ctx));
  if (text === undefined) return false;
  const ext = /\.([a-z]+)$/.exec(file)?.[1] ?? '';
  const type =
    CONTENT_TYPES[ext] ?? (file.startsWith('.well-known/') ? CONTENT_TYPES.ttl! : 'application/octet-stream');
  const doc = ext === 'html' ? file.slice(0, -'.html'.length) : undefined;
  const links = doc && ctx.site.docs.has(doc) ? [alternatesLink(doc)] : [];
  if (ctx.license) links.push(`<${ctx.license}>; rel="license"`);
  if (links.length > 0) res.setHeader('Link', links.join(', '));
  sendStatic(req, res, { type, body: ctx.bodies(file, () => text), lastModified: ctx.startedAt, maxAge: MAX_AGE });
  return true;
}

/** `doc/…/x.rdf`: the document's N-Triples as RDF/XML, written once. */
async function rdfXmlOf(file: string, ctx: DocumentContext): Promise<string | undefined> {
  const doc = file.endsWith('.rdf') ? file.slice(0, -'.rdf'.length) : undefined;
  if (doc === undefined || !ctx.site.docs.has(doc)) return undefined;
  let xml = ctx.rdfXml.get(doc);
  if (xml === undefined) {
    xml = await convertGraph(ctx.site.files.get(`${doc}.nt`) ?? '', 'rdfxml');
    ctx.rdfXml.set(doc, xml);
  }
  return xml;
}

/** `/doc/…/x`: the document itself, in the negotiated format, with Content-Location naming that file. */
export async function sendNegotiated(
  req: IncomingMessage,
  res: ServerResponse,
  doc: string,
  ctx: DocumentContext,
): Promise<void> {
  appendVary(res, 'Accept');
  const offer = negotiate(req.headers.accept, DOC_OFFERS);
  if (!offer) return notAcceptable(req, res);
  const file = `${doc}.${offer.name}`;
  res.setHeader('Content-Location', `/${file}`);
  await sendFile(req, res, file, ctx);
}

/** The resource IRI → 303 See Other → the document in the negotiated format (Cool URIs for the Semantic Web). */
export function seeOther(req: IncomingMessage, res: ServerResponse, doc: string): void {
  appendVary(res, 'Accept');
  const offer = negotiate(req.headers.accept, DOC_OFFERS);
  if (!offer) {
    notAcceptable(req, res);
    return;
  }
  res.setHeader('Location', `/${doc}.${offer.name}`);
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE}`);
  send(req, res, 303, 'text/plain', `See /${doc}.${offer.name}\n`);
}

function notAcceptable(req: IncomingMessage, res: ServerResponse): void {
  send(req, res, 406, 'text/plain', `available: ${DOC_OFFERS.map((o) => o.types[0]).join(', ')}\n`);
}

function alternatesLink(doc: string): string {
  return DOC_OFFERS.slice(1)
    .map((o) => `</${doc}.${o.name}>; rel="alternate"; type="${o.types[0]}"`)
    .join(', ');
}
