// The linked-data server: the site's files, resource IRIs resolved by content negotiation with 303 See Other
// (Cool URIs), the VoID description at /.well-known/void and a read-only SPARQL endpoint at /sparql; every answer
// readable cross-origin, documents cacheable and compressed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { describeSite, docPathFor, iriForRequestPath, toNTriples, toTurtle, type Site } from '../site/index.ts';
import { dcterms, NS, VOCABULARY_GRAPHS, vocabularyGraphOf } from '../vocab.ts';
import { allowCrossOrigin, answerOptions } from './cors.ts';
import { sendFile, sendNegotiated, seeOther, type DocumentContext } from './documents.ts';
import { openResponses, type OpenResponses } from './open-responses.ts';
import { listen } from './listen.ts';
import { send } from './send-response.ts';
import { describeService } from './service-description.ts';
import { handleSparql, SPARQL_METHODS, type SparqlEndpointOptions } from './sparql-endpoint.ts';
import { resourcePages } from './resource-pages.ts';
import { safePath } from './safe-path.ts';
import { startSparqlRunner, type RunnerOptions, type SparqlRunner } from './sparql-runner.ts';
import { staticBodies } from './static-body.ts';

export interface ServeOptions {
  site: Site;
  host: string;
  /** 0 picks a free port. */
  port: number;
  timeoutMs: number;
  resultLimit: number;
  /** Queries that may wait while one runs (default 8); past that, 503 with Retry-After. */
  maxQueue?: number;
  /** Resident memory past which the running query is stopped (default 1.5 GiB). */
  memoryLimitBytes?: number;
  /** For tests: how the memory watchdog reads memory. */
  readMemory?: RunnerOptions['readMemory'];
}

export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  /** Queries waiting or running. */
  readonly sparqlPending: number;
  /** Stops accepting, cancels running queries (their clients get 503), closes every connection. */
  close(): Promise<void>;
}

const DOC_METHODS = ['GET', 'HEAD'] as const;

/** Starts the server on `host:port` and resolves once the data is loaded; fails with E_SERVE_LISTEN when it cannot listen there. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handler(req, res));
  const url = await listen(server, options.host, options.port);
  const endpoint = `${url}/sparql`;
  const served = servedVoid(options.site, endpoint);
  // Each dataset in the named graph of its IRI (as `query` loads dist/), the description and the vocabulary in theirs.
  const graphs = new Map([
    ...options.site.datasets.map((d): [string, string] => [d.iri, options.site.files.get(`dump/${d.id}.nt`) ?? '']),
    [`${url}/.well-known/void`, served.ntriples],
    ...vocabularyGraphs(options.site),
  ]);
  const merged = mergedGraph(options.site, graphs);
  const runner = await startRunner(options, graphs, merged, server);
  const ctx = routeContext(options, runner, served, graphs, endpoint, merged);
  const open = openResponses();
  let stopping = false;
  handler = (req, res) => {
    open.add(res);
    if (stopping) res.setHeader('Connection', 'close');
    route(req, res, ctx).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
  const stop = () => {
    stopping = true;
    return close(server, runner, open);
  };
  return {
    url,
    get sparqlPending() {
      return runner.pending;
    },
    close: stop,
  };
}

/** The ontology's and the concept schemes' graphs (as `query` loads them from dist/), when the site has them. */
function vocabularyGraphs(site: Site): [string, string][] {
  if (site.ontologyQuads.length === 0) return [];
  return VOCABULARY_GRAPHS.map((g) => [
    g.graph,
    toNTriples(site.ontologyQuads.filter((q) => vocabularyGraphOf(q.subject.value) === g)),
  ]);
}

/**
 * Of several datasets, the RDF merge of every graph (N-Triples, each triple once), the default graph of a query that
 * names none: oxigraph's union of named graphs would repeat a triple two datasets hold (a shared entity's), as
 * `query` avoids too (query/data-files.ts, loadFiles). Of one dataset, none: the union of the graphs is the default.
 */
function mergedGraph(site: Site, graphs: Map<string, string>): string | undefined {
  if (site.datasets.length < 2) return undefined;
  const lines = new Set<string>();
  for (const text of graphs.values()) for (const line of text.split('\n')) if (line !== '') lines.add(line);
  return [...lines].map((l) => `${l}\n`).join('');
}

/** The SPARQL runner, once it holds the graphs; if they cannot be loaded, nothing is left listening or running. */
async function startRunner(
  options: ServeOptions,
  graphs: Map<string, string>,
  merged: string | undefined,
  server: Server,
): Promise<SparqlRunner> {
  const runner = startSparqlRunner({
    graphs,
    merged,
    timeoutMs: options.timeoutMs,
    maxQueue: options.maxQueue ?? 8,
    memoryLimitBytes: options.memoryLimitBytes ?? 1.5 * 2 ** 30,
    readMemory: options.readMemory,
  });
  try {
    // The first queries must not spend their time waiting for the data: the server answers once it is loaded.
    await runner.ready;
    return runner;
  } catch (e) {
    await runner.close();
    server.close();
    throw e;
  }
}

export { safePath };

interface RouteContext {
  site: Site;
  docs: DocumentContext;
  sparql: SparqlEndpointOptions;
}

function routeContext(
  options: ServeOptions,
  runner: SparqlRunner,
  served: ReturnType<typeof servedVoid>,
  graphs: Map<string, string>,
  endpoint: string,
  merged: string | undefined,
): RouteContext {
  const { site } = options;
  const license = site.voidQuads.find((x) => x.subject.value === site.datasetIri && x.predicate.equals(dcterms.license))
    ?.object.value;
  const lines = (text: string) => text.split('\n').filter((l) => l !== '').length;
  const counts = new Map([...graphs].map(([g, text]) => [g, lines(text)]));
  return {
    site,
    docs: {
      site,
      own: served.files,
      bodies: staticBodies(),
      startedAt: new Date(Math.floor(Date.now() / 1000) * 1000),
      license,
      rdfXml: new Map(),
    },
    sparql: {
      runner,
      resultLimit: options.resultLimit,
      pageOf: resourcePages(site),
      retryAfter: Math.max(1, Math.ceil(options.timeoutMs / 1000)),
      maxBodyBytes: 1_000_000,
      service: {
        quads: describeService({
          endpoint,
          graphs: counts,
          defaultTriples: merged === undefined ? undefined : lines(merged),
          voidQuads: served.quads,
        }),
        prefixes: { ...site.prefixes, sd: NS.sd, formats: NS.formats },
      },
    },
  };
}

/** The site's VoID/DCAT naming this server's endpoint: its quads, its N-Triples, and the files it replaces. */
function servedVoid(site: Site, endpoint: string) {
  const { quads, datasets } = describeSite(site, endpoint);
  const files = new Map([['.well-known/void', toTurtle(quads, site.prefixes)]]);
  if (site.catalogIri)
    for (const d of site.datasets) files.set(d.voidFile, toTurtle(datasets.get(d.iri)!, site.prefixes));
  return { quads, files, ntriples: toNTriples(quads) };
}

/** Stops accepting, cancels the queries (their clients get 503), lets those answers go out (1 s at most), closes all. */
async function close(server: Server, runner: SparqlRunner, open: OpenResponses): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await runner.close();
  await open.drained(1000);
  server.closeAllConnections();
  await closed;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  allowCrossOrigin(res);
  const path = safePath((req.url ?? '/').split('?')[0]!);
  const isSparql = path === '/sparql';
  if (req.method === 'OPTIONS') return answerOptions(req, res, isSparql ? SPARQL_METHODS : DOC_METHODS);
  if (isSparql) return handleSparql(req, res, new URL(req.url ?? '/', 'http://localhost'), ctx.sparql);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', [...DOC_METHODS, 'OPTIONS'].join(', '));
    return send(req, res, 405, 'text/plain', 'only GET and HEAD\n');
  }
  if (path === undefined) return send(req, res, 404, 'text/plain', 'not found\n');
  const file = path === '/' ? 'index.html' : path.slice(1);
  if (await sendFile(req, res, file, ctx.docs)) return;
  if (ctx.site.docs.has(file)) return sendNegotiated(req, res, file, ctx.docs);
  const iri = iriForRequestPath(path, ctx.site.layout);
  const doc = iri ? docPathFor(iri, ctx.site.layout) : undefined;
  if (doc && ctx.site.docs.has(doc)) return seeOther(req, res, doc);
  return send(req, res, 404, 'text/plain', 'not found\n');
}
