// Answering one query: the format the client accepts for its form (406 with the list otherwise), the query run
// on the store (stopped if the client goes away), the result limit, and each failure as an HTTP status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Parser } from 'n3';
import { DiagnosticError } from '../diagnostics.ts';
import { codeTokens, queryForm } from '../sparql-tokens.ts';
import { cutGraph, cutResults, type Cut } from './cut-results.ts';
import { convertGraph, GRAPH_CONTENT_TYPES, type GraphFormat } from './graph-formats.ts';
import { negotiate } from './negotiate.ts';
import {
  engineFormat,
  isResultsSyntax,
  offersFor,
  RESULTS_CONTENT_TYPES,
  type AnswerFormat,
} from './result-formats.ts';
import { appendVary, send } from './send-response.ts';
import { renderSparqlPage, type PageOf, type ResultTable } from './sparql-page.ts';
import type { SparqlRunner } from './sparql-runner.ts';

export interface AnswerContext {
  runner: SparqlRunner;
  resultLimit: number;
  pageOf: PageOf;
  /** Seconds a client should wait before trying again when the endpoint is busy. */
  retryAfter: number;
}

export interface QueryRequest {
  query: string;
  defaultGraphs: string[];
  namedGraphs: string[];
}

const UPDATE_WORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);

/** Runs a query and writes its answer (or the failure). */
export async function answerQuery(
  req: IncomingMessage,
  res: ServerResponse,
  q: QueryRequest,
  ctx: AnswerContext,
): Promise<void> {
  const form = queryForm(q.query);
  if (!form) {
    if (isUpdate(q.query))
      return send(req, res, 403, 'text/plain; charset=utf-8', 'SPARQL Update is refused: this endpoint is read-only\n');
    return send(
      req,
      res,
      400,
      'text/plain; charset=utf-8',
      'query syntax error: expected SELECT, ASK, CONSTRUCT or DESCRIBE\n',
    );
  }
  appendVary(res, 'Accept');
  const offers = offersFor(form);
  const format = negotiate(req.headers.accept, offers)?.name;
  if (!format)
    return send(
      req,
      res,
      406,
      'text/plain; charset=utf-8',
      `available for ${form}: ${offers.map((o) => o.types[0]).join(', ')}\n`,
    );
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  const isGraph = form === 'CONSTRUCT' || form === 'DESCRIBE';
  try {
    const raw = await ctx.runner.run({ ...q, format: engineFormat(format, isGraph), signal: gone.signal });
    await sendAnswer(req, res, { raw, format, isGraph, query: q.query }, ctx);
  } catch (e) {
    sendFailure(req, res, e, ctx);
  }
}

/** Whether the first keyword after the prologue starts an update (INSERT, DELETE, LOAD, …). */
function isUpdate(query: string): boolean {
  const word = codeTokens(query).find((t) => t.kind === 'word' && !/^(PREFIX|BASE)$/i.test(t.text));
  return word !== undefined && UPDATE_WORDS.has(word.text.toUpperCase());
}

async function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  a: { raw: string; format: AnswerFormat; isGraph: boolean; query: string },
  ctx: AnswerContext,
): Promise<void> {
  const cut: Cut = a.isGraph
    ? cutGraph(a.raw, ctx.resultLimit)
    : cutResults(a.raw, isResultsSyntax(a.format) ? a.format : 'json', ctx.resultLimit);
  res.setHeader('X-Result-Limit', String(ctx.resultLimit));
  if (cut.truncated) res.setHeader('X-Results-Truncated', 'true');
  if (a.format === 'html') {
    const answer = a.isGraph ? { table: graphTable(cut) } : jsonAnswer(cut);
    return send(
      req,
      res,
      200,
      'text/html; charset=utf-8',
      renderSparqlPage(a.query, { ...answer, pageOf: ctx.pageOf }),
    );
  }
  if (isResultsSyntax(a.format)) return send(req, res, 200, RESULTS_CONTENT_TYPES[a.format], cut.body);
  const format = a.format as GraphFormat;
  send(req, res, 200, GRAPH_CONTENT_TYPES[format], await convertGraph(cut.body, format));
}

function jsonAnswer(cut: Cut): { table?: ResultTable; boolean?: boolean } {
  const json = JSON.parse(cut.body) as {
    head: { vars?: string[] };
    boolean?: boolean;
    results?: { bindings: ResultTable['rows'] };
  };
  if (json.boolean !== undefined) return { boolean: json.boolean };
  return { table: { vars: json.head.vars ?? [], rows: json.results?.bindings ?? [], truncated: cut.truncated } };
}

function graphTable(cut: Cut): ResultTable {
  const term = (t: { termType: string; value: string; language?: string }) =>
    ({
      type: t.termType === 'NamedNode' ? 'uri' : t.termType === 'BlankNode' ? 'bnode' : 'literal',
      value: t.value,
      'xml:lang': t.language || undefined,
    }) as const;
  const rows = new Parser({ format: 'N-Triples' })
    .parse(cut.body)
    .map((q) => ({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }));
  return { vars: ['subject', 'predicate', 'object'], rows, truncated: cut.truncated };
}

/** A failure as a status: 400 syntax or not runnable, 503 timed out, or busy or shutting down (with Retry-After), 507 over the memory cap. */
function sendFailure(req: IncomingMessage, res: ServerResponse, e: unknown, ctx: AnswerContext): void {
  const d = e instanceof DiagnosticError ? e.diagnostics[0] : undefined;
  if (!d) throw e;
  if (d.code === 'E_QUERY_CANCELLED' && res.destroyed) return;
  const answer = failureAnswer(d.code, d.message, d.hint);
  if (!answer) throw e;
  if (answer.retry) res.setHeader('Retry-After', String(ctx.retryAfter));
  send(req, res, answer.status, 'text/plain; charset=utf-8', `${answer.text}\n`);
}

function failureAnswer(
  code: string,
  message: string,
  hint?: string,
): { status: number; text: string; retry?: boolean } | undefined {
  if (code === 'E_QUERY_SYNTAX') return { status: 400, text: `query syntax error: ${message}` };
  if (code === 'E_QUERY_LIMIT') return { status: 507, text: `resource limit: ${message}${hint ? `; ${hint}` : ''}` };
  if (code === 'E_QUERY_FAILED') return { status: 400, text: `the engine cannot run this query: ${message}` };
  if (code === 'E_QUERY_TIMEOUT') return { status: 503, text: message };
  if (code === 'E_SERVE_BUSY' || code === 'E_QUERY_CANCELLED') return { status: 503, text: message, retry: true };
  return undefined;
}
