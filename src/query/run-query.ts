// Runs a SPARQL 1.1 query over the store: checks its syntax, binds its parameters, returns terms.
import { DataFactory, Parser, type Quad, type Term } from 'n3';
import { DiagnosticError, error } from '../diagnostics.ts';
import { ckg, rdf } from '../vocab.ts';
import { bindParams } from './bind-params.ts';
import { baseOfDataset } from './data-files.ts';
import type { SparqlStore } from './sparql-store.ts';
import { parseHeader } from './query-header.ts';
import { codeTokens, lineColumn, queryForm, type QueryForm } from '../sparql-tokens.ts';
import { syntaxHint } from './syntax-hints.ts';

export type Row = Record<string, Term>;

export type QueryResult =
  | { kind: 'bindings'; vars: string[]; rows: Row[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; quads: Quad[] };

export interface QueryText {
  /** The SPARQL, header comments included. */
  text: string;
  /** Where it came from, for error positions (a file path, or `<query>` for a query given inline). */
  file: string;
}

export interface PreparedQuery {
  /** The SPARQL to run, with its parameters bound. */
  text: string;
  form: QueryForm;
}

/**
 * Checks the syntax of a query (the store's engine parses it) and binds its parameters; the result runs on any
 * SPARQL 1.1 store.
 */
export async function prepareQuery(
  store: SparqlStore,
  query: QueryText,
  params: Record<string, string>,
  base?: string,
): Promise<PreparedQuery> {
  const form = queryForm(query.text);
  const update = form ? undefined : updateKeyword(query.text);
  if (update) {
    const message = `expected a query (SELECT, ASK, CONSTRUCT, DESCRIBE), found an update (${update.text.toUpperCase()}): this engine is read-only`;
    const span = { file: query.file, ...lineColumn(query.text, update.offset) };
    throw new DiagnosticError([error('E_QUERY_UPDATE', message, span)]);
  }
  await checkSyntax(store, query);
  if (!form)
    throw new DiagnosticError([
      error('E_QUERY_SYNTAX', 'expected SELECT, ASK, CONSTRUCT or DESCRIBE', { file: query.file, line: 1, column: 1 }),
    ]);
  const text = bindParams(query.text, parseHeader(query.text).params, params, { base, file: query.file });
  if (text !== query.text) await checkSyntax(store, { text, file: query.file });
  return { text, form };
}

const UPDATE_KEYWORDS = ['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'DROP', 'CREATE', 'ADD', 'MOVE', 'COPY', 'WITH'];

/** The keyword that makes the text an update (its first word after the prologue), if it is one. */
function updateKeyword(text: string) {
  const first = codeTokens(text).find((t) => t.kind === 'word' && !['PREFIX', 'BASE'].includes(t.text.toUpperCase()));
  return first !== undefined && UPDATE_KEYWORDS.includes(first.text.toUpperCase()) ? first : undefined;
}

/** Parses the query with the store's engine, never running it; a syntax error becomes E_QUERY_SYNTAX at `file:line:col`. */
export async function checkSyntax(store: SparqlStore, query: QueryText): Promise<void> {
  const message = await store.check(query.text);
  if (message !== null) throw new DiagnosticError([syntaxDiagnostic(query, message)]);
}

const POSITION = /^error at (\d+):(\d+): ([\s\S]*)$/;

function syntaxDiagnostic(query: QueryText, message: string) {
  const m = POSITION.exec(message);
  const at = m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
  const end = lineColumn(query.text, query.text.trimEnd().length);
  const atEnd = m !== null && (at.line > end.line || (at.line === end.line && at.column >= end.column));
  const hint = syntaxHint(query.text, atEnd);
  if (hint) return error('E_QUERY_SYNTAX', hint.message, { file: query.file, line: hint.line, column: hint.column });
  return error('E_QUERY_SYNTAX', tidy(m ? m[3]! : message), { file: query.file, ...at });
}

/** Oxigraph lists expected tokens with Unicode character classes; keep the readable part. */
function tidy(message: string): string {
  const kept = message
    .replace(/,?\s*\[[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (kept === '' || kept === 'expected') return 'syntax error';
  return kept.length > 160 ? `${kept.slice(0, 157)}…` : kept;
}

/** The results format oxigraph should answer in, per query form. */
export function rawFormat(form: QueryForm): string {
  return form === 'SELECT' || form === 'ASK' ? 'application/sparql-results+json' : 'application/n-triples';
}

export interface RunOptions {
  params?: Record<string, string>;
  /** Milliseconds from the call until the query is stopped (a worker store only). */
  timeoutMs?: number;
  /** Read the store's own default graph (the RDF merge loadFiles put there), not the union of its named graphs. */
  mergedDefaultGraph?: boolean;
  /** The dataset's resource base, when the caller has read it (datasetBase); else it is read from the store. */
  base?: string;
}

/**
 * Prepares and runs a query on a store, as terms: the library entry point. The default graph is the union of the
 * store's graphs (the dataset's, the ontology's, the concept schemes': see loadFiles), as on `/sparql`.
 */
export async function runQuery(store: SparqlStore, query: QueryText, options: RunOptions = {}): Promise<QueryResult> {
  const base = 'base' in options ? options.base : await datasetBase(store);
  const prepared = await prepareQuery(store, query, options.params ?? {}, base);
  const raw = await store.query({
    sparql: prepared.text,
    format: rawFormat(prepared.form),
    timeoutMs: options.timeoutMs,
    unionDefaultGraph: options.mergedDefaultGraph !== true,
  });
  return parseRaw(prepared.form, raw);
}

/** The dataset's resource base, read from its `ckg:Dataset` IRI (`<base>dataset/<id>`); undefined if there is none. */
export async function datasetBase(store: SparqlStore): Promise<string | undefined> {
  const sparql = `SELECT ?d WHERE { ?d <${rdf.type.value}> <${ckg.Dataset.value}> } ORDER BY ?d LIMIT 1`;
  const json = JSON.parse(
    await store.query({ sparql, format: 'application/sparql-results+json', unionDefaultGraph: true }),
  ) as {
    results: { bindings: { d?: JsonTerm }[] };
  };
  return baseOfDataset(json.results.bindings[0]?.d?.value);
}

interface JsonTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** Turns oxigraph's serialized answer (SPARQL results JSON, or N-Triples) into terms. */
export function parseRaw(form: QueryForm, raw: string): QueryResult {
  if (form === 'CONSTRUCT' || form === 'DESCRIBE')
    return { kind: 'graph', quads: new Parser({ format: 'N-Triples' }).parse(raw) };
  const json = JSON.parse(raw) as {
    head: { vars?: string[] };
    boolean?: boolean;
    results?: { bindings: Record<string, JsonTerm>[] };
  };
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  const rows = (json.results?.bindings ?? []).map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, fromJson(v)])),
  );
  return { kind: 'bindings', vars: json.head.vars ?? [], rows };
}

function fromJson(t: JsonTerm): Term {
  if (t.type === 'uri') return DataFactory.namedNode(t.value);
  if (t.type === 'bnode') return DataFactory.blankNode(t.value);
  return DataFactory.literal(t.value, t['xml:lang'] ?? (t.datatype ? DataFactory.namedNode(t.datatype) : undefined));
}
