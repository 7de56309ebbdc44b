// The endpoint's view of the one SPARQL runner (query/sparql-store.ts), in two lanes so that quick queries are not
// stuck behind slow ones: a query whose text ran into the timeout or the memory cap before goes to the slow lane,
// every other to the quick lane. Each lane has a bounded queue (one more is refused with E_SERVE_BUSY); a memory
// watchdog stops the running query when the process grows past a cap (the store restarts its worker, which frees it).
import { DiagnosticError, error } from '../diagnostics.ts';
import { codeTokens } from '../sparql-tokens.ts';
import { classifyFailure } from './engine-failure.ts';
import { openLane, runInLane, type InFlight, type Lane, type LaneFailure } from './sparql-lane.ts';

export interface RunnerOptions {
  /** Each graph's N-Triples by graph name; a query without a dataset reads their union as its default graph. */
  graphs: Map<string, string>;
  /**
   * The RDF merge of the graphs (N-Triples), loaded into the store's default graph, which a query without a dataset
   * then reads instead of the union of the graphs (where a triple two graphs hold comes twice).
   */
  merged?: string;
  timeoutMs: number;
  /** Queries that may wait in a lane while one runs there; one more is refused with E_SERVE_BUSY. */
  maxQueue: number;
  /** The process's resident memory (bytes) past which the running query is stopped with E_QUERY_LIMIT. */
  memoryLimitBytes: number;
  /** Reads the process's memory; tests pass a fake to trip the cap deterministically. */
  readMemory?: () => number;
  /** How often the watchdog looks while a query runs. */
  memoryCheckMs?: number;
}

export interface RunRequest {
  query: string;
  /** The media type oxigraph answers in. */
  format: string;
  /** SPARQL Protocol `default-graph-uri` and `named-graph-uri`; both empty: the union of all graphs is the default. */
  defaultGraphs: string[];
  namedGraphs: string[];
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
}

export interface SparqlRunner {
  /** Answers as oxigraph writes it; fails with E_SERVE_BUSY, E_QUERY_SYNTAX, E_QUERY_TIMEOUT, E_QUERY_LIMIT or E_QUERY_CANCELLED. */
  run(request: RunRequest): Promise<string>;
  /** Queries waiting or running, in both lanes. */
  readonly pending: number;
  /** Settles once both lanes hold the graphs. */
  ready: Promise<unknown>;
  /** Stops every query (they fail with E_QUERY_CANCELLED) and the workers. */
  close(): Promise<void>;
}

/** How many slow query texts are remembered (the oldest is forgotten first). */
const REMEMBERED = 256;

/** Starts both lanes with the graphs. */
export function startSparqlRunner(options: RunnerOptions): SparqlRunner {
  const quick = openLane(options.graphs, options.merged);
  const slow = openLane(options.graphs, options.merged);
  const slowTexts = new Set<string>();
  const watchdog = memoryWatchdog(options, () => slow.inFlight[0] ?? quick.inFlight[0]);
  return {
    async run(request) {
      const key = fingerprint(request);
      const lane: Lane = slowTexts.has(key) ? slow : quick;
      if (lane.inFlight.length > options.maxQueue) throw busy(options.maxQueue);
      watchdog.start();
      const result = await runInLane(lane, {
        sparql: request.query,
        format: request.format,
        ...dataset(request, options.merged !== undefined),
        timeoutMs: options.timeoutMs,
        signal: request.signal,
      });
      if (quick.inFlight.length + slow.inFlight.length === 0) watchdog.stop();
      if ('body' in result) return result.body;
      const failure = { ...result.failure, error: classifyFailure(result.failure.error) };
      if (isSlow(failure)) remember(slowTexts, key);
      throw failure.overLimit ? memoryLimit(options.memoryLimitBytes) : failure.error;
    },
    get pending() {
      return quick.inFlight.length + slow.inFlight.length;
    },
    ready: Promise.all([quick.ready, slow.ready]),
    async close() {
      watchdog.stop();
      await Promise.all([quick.store.close(), slow.store.close()]);
    },
  };
}

function dataset(request: RunRequest, merged: boolean) {
  const named = request.defaultGraphs.length + request.namedGraphs.length > 0;
  if (named) return { defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs };
  return merged ? {} : { unionDefaultGraph: true };
}

/**
 * The query as the engine reads it, with its dataset: no comments, white space normalised, variables named by order
 * of appearance (`?a ?b ?c` and `?x ?y ?z` are the same query).
 */
function fingerprint(request: RunRequest): string {
  const names = new Map<string, string>();
  const text = codeTokens(request.query).map((t) => {
    if (t.kind !== 'var') return t.text;
    const name = t.text.slice(1);
    if (!names.has(name)) names.set(name, `?v${names.size}`);
    return names.get(name)!;
  });
  return [text.join(' '), ...request.defaultGraphs, '|', ...request.namedGraphs].join('\n');
}

/** A query that ran (not one that waited) into the timeout or the memory cap. */
function isSlow(failure: LaneFailure): boolean {
  const code = failure.error instanceof DiagnosticError ? failure.error.diagnostics[0]?.code : undefined;
  return failure.overLimit || (failure.wasRunning && (code === 'E_QUERY_TIMEOUT' || code === 'E_QUERY_LIMIT'));
}

function remember(texts: Set<string>, key: string): void {
  texts.delete(key);
  texts.add(key);
  if (texts.size > REMEMBERED) texts.delete(texts.values().next().value!);
}

/**
 * Looks at the process's memory while queries run; past the cap it stops the running query (the slow lane's first),
 * then waits to see memory under the cap before stopping another.
 */
function memoryWatchdog(options: RunnerOptions, running: () => InFlight | undefined) {
  const read = options.readMemory ?? (() => process.memoryUsage.rss());
  let timer: NodeJS.Timeout | undefined;
  let armed = true;
  const check = () => {
    const over = read() > options.memoryLimitBytes;
    const job = running();
    if (!over) armed = true;
    else if (armed && job) {
      armed = false;
      job.overLimit = true;
      job.controller.abort();
    }
  };
  return {
    start() {
      timer ??= setInterval(check, options.memoryCheckMs ?? 100).unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

function busy(maxQueue: number): DiagnosticError {
  const waiting = maxQueue === 1 ? '1 query is' : `${maxQueue} queries are`;
  return new DiagnosticError([
    error('E_SERVE_BUSY', `the endpoint is busy: ${waiting} waiting behind the one running`),
  ]);
}

function memoryLimit(limit: number): DiagnosticError {
  const mib = Math.round(limit / 2 ** 20);
  return new DiagnosticError([
    error(
      'E_QUERY_LIMIT',
      `the query was stopped: the server grew past its memory cap of ${mib} MiB`,
      undefined,
      'narrow it (a LIMIT, fewer variables)',
    ),
  ]);
}
