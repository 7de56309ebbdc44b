// The linked-data server: the site's files, resource IRIs resolved by content negotiation with 303 See Other
// (Cool URIs), the VoID description at /.well-known/void and a read-only SPARQL endpoint at /sparql.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeDataset } from '../site/describe-dataset.ts';
import type { Site } from '../site/build-site.ts';
import { docPathFor, iriForRequestPath, DOC_FORMATS, type DocFormat } from '../site/paths.ts';
import { toNTriples, toTurtle } from '../site/serialize.ts';
import { negotiate, type Offer } from './negotiate.ts';
import { handleSparql } from './sparql-endpoint.ts';
import { startSparqlRunner, type SparqlRunner } from './sparql-runner.ts';
import { dcterms, prefixesFor, NS } from '../vocab.ts';

export interface ServeOptions {
  site: Site;
  host: string;
  /** 0 picks a free port. */
  port: number;
  timeoutMs: number;
  resultLimit: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  close(): Promise<void>;
}

/** The representations of a document, in the server's order of preference (HTML first, for browsers). */
export const DOC_OFFERS: readonly Offer<DocFormat>[] = [
  { name: 'html', types: ['text/html', 'application/xhtml+xml'] },
  { name: 'ttl', types: ['text/turtle'] },
  { name: 'jsonld', types: ['application/ld+json', 'application/json'] },
  { name: 'nt', types: ['application/n-triples'] },
];

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples; charset=utf-8',
};

/** Starts the server on `host:port`; resolves once it listens and the SPARQL worker is started. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => { res.statusCode = 503; res.end(); };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(options.port, options.host, resolve); });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  const served = servedVoid(options.site, `${url}/sparql`);
  const dump = options.site.files.get(`dump/${options.site.datasetId}.nt`) ?? '';
  const runner = startSparqlRunner({ ntriples: dump + served.ntriples, timeoutMs: options.timeoutMs, resultLimit: options.resultLimit });
  handler = (req, res) => {
    route(req, res, { ...options, runner, voidTurtle: served.turtle }).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
  return { url, close: () => close(server, runner) };
}

function servedVoid(site: Site, endpoint: string): { turtle: string; ntriples: string } {
  const quads = describeDataset({ quads: site.dataQuads, datasetIri: site.datasetIri, base: site.layout.base, dumps: site.dumps, sparqlEndpoint: endpoint });
  return { turtle: toTurtle(quads, { ...prefixesFor(site.layout.base), void: NS.void, dcat: NS.dcat }), ntriples: toNTriples(quads) };
}

async function close(server: Server, runner: SparqlRunner): Promise<void> {
  await runner.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface RouteContext extends ServeOptions {
  runner: SparqlRunner;
  voidTurtle: string;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const rawPath = (req.url ?? '/').split('?')[0]!;
  const path = safePath(rawPath);
  if (path === '/sparql') return handleSparql(req, res, new URL(req.url ?? '/', 'http://localhost'), { runner: ctx.runner, resultLimit: ctx.resultLimit, maxBodyBytes: 1_000_000 });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(req, res, 405, 'text/plain', 'only GET and HEAD\n');
  }
  if (path === undefined) return send(req, res, 404, 'text/plain', 'not found\n');
  if (path === '/.well-known/void') return send(req, res, 200, CONTENT_TYPES.ttl!, ctx.voidTurtle);
  const file = path === '/' ? 'index.html' : path.slice(1);
  const body = ctx.site.files.get(file);
  if (body !== undefined) return sendFile(req, res, file, body, ctx.site);
  if (ctx.site.docs.has(file)) return sendNegotiated(req, res, file, ctx.site);
  const iri = iriForRequestPath(path, ctx.site.layout);
  const doc = iri ? docPathFor(iri, ctx.site.layout) : undefined;
  if (doc && ctx.site.docs.has(doc)) return seeOther(req, res, doc);
  return send(req, res, 404, 'text/plain', 'not found\n');
}

/**
 * The decoded path, or undefined when it could step outside the site: a `.` or `..` segment (raw or
 * percent-encoded), an encoded slash or backslash, a NUL, or an undecodable escape.
 */
export function safePath(rawPath: string): string | undefined {
  if (!rawPath.startsWith('/')) return undefined;
  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const seg of segments) {
    let d: string;
    try { d = decodeURIComponent(seg); } catch { return undefined; }
    if (d === '.' || d === '..' || /[/\\\0]/.test(d)) return undefined;
    decoded.push(d);
  }
  return '/' + decoded.join('/');
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, body: string, site: Site): void {
  const ext = /\.([a-z]+)$/.exec(file)?.[1] ?? '';
  const type = CONTENT_TYPES[ext] ?? (file.startsWith('.well-known/') ? CONTENT_TYPES.ttl! : 'application/octet-stream');
  const links = ext === 'html' && site.docs.has(file.slice(0, -'.html'.length)) ? [alternatesLink(file.slice(0, -'.html'.length))] : [];
  const license = licenseOf(site);
  if (license) links.push(`<${license}>; rel="license"`);
  if (links.length > 0) res.setHeader('Link', links.join(', '));
  send(req, res, 200, type, body);
}

/** `/doc/…/x`: the document itself, in the negotiated format, with Content-Location naming that file. */
function sendNegotiated(req: IncomingMessage, res: ServerResponse, doc: string, site: Site): void {
  res.setHeader('Vary', 'Accept');
  const offer = negotiate(req.headers.accept, DOC_OFFERS);
  if (!offer) return notAcceptable(req, res);
  const file = `${doc}.${offer.name}`;
  res.setHeader('Content-Location', `/${file}`);
  sendFile(req, res, file, site.files.get(file) ?? '', site);
}

/** The resource IRI → 303 See Other → the document in the negotiated format (Cool URIs for the Semantic Web). */
function seeOther(req: IncomingMessage, res: ServerResponse, doc: string): void {
  res.setHeader('Vary', 'Accept');
  const offer = negotiate(req.headers.accept, DOC_OFFERS);
  if (!offer) return notAcceptable(req, res);
  res.setHeader('Location', `/${doc}.${offer.name}`);
  send(req, res, 303, 'text/plain', `See /${doc}.${offer.name}\n`);
}

function notAcceptable(req: IncomingMessage, res: ServerResponse): void {
  send(req, res, 406, 'text/plain', `available: ${Object.values(DOC_FORMATS).join(', ')}\n`);
}

const licenses = new WeakMap<Site, string | undefined>();

/** The dataset's licence (`dcterms:license`), sent on every document as `Link: <…>; rel="license"`, as DBpedia does. */
function licenseOf(site: Site): string | undefined {
  if (!licenses.has(site)) {
    const q = site.dataQuads.find((x) => x.subject.value === site.datasetIri && x.predicate.equals(dcterms.license));
    licenses.set(site, q?.object.value);
  }
  return licenses.get(site);
}

function alternatesLink(doc: string): string {
  return (['ttl', 'jsonld', 'nt'] as const).map((ext) => `</${doc}.${ext}>; rel="alternate"; type="${DOC_FORMATS[ext]}"`).join(', ');
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}
