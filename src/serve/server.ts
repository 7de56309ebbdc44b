// The linked-data server: the site's files, resource IRIs resolved by content negotiation with 303 See Other
// (Cool URIs), the VoID description at /.well-known/void and a read-only SPARQL endpoint at /sparql; every answer
// readable cross-origin, documents cacheable and compressed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { describeDataset, docPathFor, iriForRequestPath, toNTriples, toTurtle, type Site } from '../site/index.ts';
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
  const graphs = new Map([
    [options.site.datasetIri, options.site.files.get(`dump/${options.site.datasetId}.nt`) ?? ''],
    [`${url}/.well-known/void`, served.ntriples],
    ...vocabularyGraphs(options.site),
  ]);
  const runner = await startRunner(options, graphs, server);
  const ctx = routeContext(options, runner, served, graphs, endpoint);
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

/** The SPARQL runner, once it holds the graphs; if they cannot be loaded, nothing is left listening or running. */
async function startRunner(options: ServeOptions, graphs: Map<string, string>, server: Server): Promise<SparqlRunner> {
  const runner = startSparqlRunner({
    graphs,
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
): RouteContext {
  const { site } = options;
  const license = site.dataQuads.find((x) => x.subject.value === site.datasetIri && x.predicate.equals(dcterms.license))
    ?.object.value;
  const counts = new Map([...graphs].map(([g, text]) => [g, text.split('\n').filter((l) => l !== '').length]));
  return {
    site,
    docs: {
      site,
      own: new Map([['.well-known/void', served.turtle]]),
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
        quads: describeService({ endpoint, graphs: counts, voidQuads: served.quads }),
        prefixes: { ...site.prefixes, sd: NS.sd, formats: NS.formats },
      },
    },
  };
}

function servedVoid(site: Site, endpoint: string) {
  const quads = describeDataset({
    quads: site.dataQuads,
    datasetIri: site.datasetIri,
    base: site.layout.base,
    dumps: site.dumps,
    sparqlEndpoint: endpoint,
  });
  return { quads, turtle: toTurtle(quads, site.prefixes), ntriples: toNTriples(quads) };
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
