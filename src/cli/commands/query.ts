// `conflict-kg query`: runs SPARQL 1.1 over the built datasets (or one, --dataset) in an embedded engine (text, a .rq file or a catalogue name).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiagnosticError, error, quote } from '../../diagnostics.ts';
import { queryForm, type QueryForm } from '../../sparql-tokens.ts';
import { prefixesFor, RESOURCE_KINDS, SHARED_BASE } from '../../vocab.ts';
import {
  checkSyntax,
  dataFiles,
  datasetBase,
  findQuery,
  formatCatalogue,
  formatCsv,
  formatJson,
  formatJsonLd,
  formatNTriples,
  formatTable,
  formatTsv,
  formatTurtle,
  graphAsBindings,
  type Lang,
  loadFiles,
  MAX_TIMEOUT_MS,
  openStore,
  pickLabels,
  type QueryResult,
  type QueryText,
  readCatalogue,
  readsNamedGraphs,
  runQuery,
  unionFile,
} from '../../query/index.ts';
import { UsageError, type Command, type ParsedArgs } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import type { Io } from '../io.ts';

const FORMATS = ['table', 'json', 'csv', 'tsv', 'turtle', 'ntriples', 'jsonld'] as const;
type Format = (typeof FORMATS)[number];
const GRAPH_FORMATS: Format[] = ['turtle', 'ntriples', 'jsonld', 'table'];
const DEFAULT_TIMEOUT_SECONDS = 60;

export const query: Command = {
  name: 'query',
  usage: [
    "query 'SELECT …' | FILE.rq | NAME  [--format table|json|csv|tsv|turtle|ntriples|jsonld] [--lang ko|en|all]",
    `       [--param NAME=VALUE]… [--timeout SECONDS (default ${DEFAULT_TIMEOUT_SECONDS})] [--from DIR|FILE (built RDF, default dist/)]`,
    '       [--dataset ID (one built dataset; default: every dataset, the default graph their union)]',
    '       query --list',
  ].join('\n'),
  options: {
    list: { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
    param: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    from: { type: 'string' },
    dataset: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, io) {
    if (args.values.list) {
      io.stdout(formatCatalogue(readCatalogue()));
      return EXIT.ok;
    }
    if (args.positionals.length !== 1)
      throw new UsageError('give one query: SPARQL text, a .rq file or a catalogue name');
    const options = readOptions(args, io);
    const text = queryText(args.positionals[0], io.cwd);
    checkFormat(queryForm(text.text), options.format);
    const data = resolve(io.cwd, (args.values.from as string | undefined) ?? 'dist');
    // The worker (started by the bin before this module loaded) runs the jobs in order: the syntax check first, so a
    // query that does not parse fails before any data is read, then the loads, queued while this thread finds the
    // files' graphs.
    const store = openStore({ worker: true });
    try {
      const checked = checkSyntax(store, text);
      const dataset = args.values.dataset as string | undefined;
      const loading = (async () => {
        const files = dataFiles(data, dataset);
        const union = dataset === undefined ? unionFile(data, files) : undefined;
        return loadFiles(store, files, union, { named: readsNamedGraphs(text.text) });
      })();
      loading.catch(() => {}); // a syntax error is reported first; the loads are then dropped with the store
      await checked;
      const merged = await loading;
      const base = await datasetBase(store);
      const answer = await runTimed(
        () =>
          runQuery(store, text, {
            params: options.params,
            timeoutMs: options.timeout * 1000,
            mergedDefaultGraph: merged,
            base,
          }),
        options.timeout,
      );
      // Labels are picked for the table only: the machine formats give exactly what the engine returned.
      const format = options.format ?? defaultFormat(answer, io);
      const result = format === 'table' && options.lang !== 'all' ? pickLabels(answer, options.lang) : answer;
      io.stdout(await render(result, format, prefixes(base)));
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};

/** Says which --timeout stopped the query. */
async function runTimed<T>(run: () => Promise<T>, seconds: number): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof DiagnosticError) || e.diagnostics[0]?.code !== 'E_QUERY_TIMEOUT') throw e;
    throw new DiagnosticError([
      error(
        'E_QUERY_TIMEOUT',
        `the query was stopped after ${seconds} s (--timeout ${seconds})`,
        undefined,
        'narrow it (a LIMIT, a parameter) or pass a longer --timeout',
      ),
    ]);
  }
}

interface QueryOptions {
  format?: Format;
  /** The labels the table keeps (`all`: every language). */
  lang: Lang | 'all';
  params: Record<string, string>;
  timeout: number;
}

function readOptions(args: ParsedArgs, io: Io): QueryOptions {
  const format = args.values.format as string | undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const lang = (args.values.lang as string | undefined) ?? (io.env.LANG?.toLowerCase().startsWith('ko') ? 'ko' : 'en');
  if (lang !== 'ko' && lang !== 'en' && lang !== 'all') throw new UsageError('--lang must be ko, en or all');
  const timeout = Number((args.values.timeout as string | undefined) ?? DEFAULT_TIMEOUT_SECONDS);
  if (!(timeout > 0 && timeout * 1000 <= MAX_TIMEOUT_MS))
    throw new UsageError(
      `--timeout must be a number of seconds above 0 and at most ${Math.floor(MAX_TIMEOUT_MS / 1000)}`,
    );
  const params: Record<string, string> = {};
  for (const p of (args.values.param as string[] | undefined) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param takes NAME=VALUE, got ${quote(p)}`);
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return { format: format as Format | undefined, lang, params, timeout };
}

/** SPARQL text (it has a space or a brace), a file, or a catalogue name. */
function queryText(arg: string, cwd: string): QueryText {
  if (/[\s{]/.test(arg)) return { text: arg, file: '<query>' };
  const path = resolve(cwd, arg);
  if (existsSync(path)) return { text: readFileSync(path, 'utf8'), file: arg };
  if (/\.(rq|sparql)$/.test(arg)) throw new UsageError(`no such query file: ${arg}`);
  const entry = findQuery(arg, readCatalogue());
  return { text: entry.text, file: entry.file };
}

function defaultFormat(result: QueryResult, io: Io): Format {
  if (result.kind === 'graph') return io.isTty ? 'table' : 'turtle';
  return io.isTty ? 'table' : 'csv';
}

function prefixes(base: string | undefined): Record<string, string> {
  const all = prefixesFor(base ?? '', SHARED_BASE);
  if (!base) for (const kind of RESOURCE_KINDS) if (!all[kind].startsWith(SHARED_BASE)) delete all[kind];
  return all;
}

/** Refuses, before any work, a format that does not fit the query form (a SELECT as Turtle, a CONSTRUCT as CSV). */
function checkFormat(form: QueryForm | undefined, format: Format | undefined): void {
  if (!form || !format || format === 'table') return;
  const isGraph = form === 'CONSTRUCT' || form === 'DESCRIBE';
  if (isGraph && !GRAPH_FORMATS.includes(format))
    throw new UsageError(
      `--format ${format} is for SELECT and ASK; a CONSTRUCT or DESCRIBE gives turtle, ntriples, jsonld or table`,
    );
  if (!isGraph && GRAPH_FORMATS.includes(format))
    throw new UsageError(
      `--format ${format} is for CONSTRUCT and DESCRIBE; a SELECT or ASK gives table, json, csv or tsv`,
    );
}

async function render(result: QueryResult, format: Format, pfx: Record<string, string>): Promise<string> {
  if (result.kind === 'graph') {
    if (format === 'turtle') return formatTurtle(result.quads, pfx);
    if (format === 'ntriples') return formatNTriples(result.quads);
    if (format === 'jsonld') return formatJsonLd(result.quads, pfx);
    return formatTable(graphAsBindings(result.quads), pfx);
  }
  if (format === 'json') return formatJson(result);
  if (format === 'csv') return formatCsv(result);
  if (format === 'tsv') return formatTsv(result);
  return formatTable(result, pfx);
}
