// `conflict-kg publish`: replaces each built dataset's named graph in a triple store (Graph Store Protocol), or writes bulk-load files.
import { quote } from '../../diagnostics.ts';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_RESOURCE_BASE, UNION_FILE, vocabularyFileGraph } from '../../vocab.ts';
import { UsageError, type Command, type ParsedArgs } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import type { Io } from '../io.ts';
import { createProgress } from '../progress.ts';
import { type Credentials, publishGraph, writeBulk } from '../../publish/index.ts';

export const publish: Command = {
  name: 'publish',
  usage: [
    'publish --gsp URL --sparql URL [--graph IRI] [--user U] [--password-env VAR] [--nt FILE]',
    '                             [--chunk TRIPLES] [--timeout SECONDS] [--retries N] [--quiet]',
    '       conflict-kg publish --bulk DIR [--gzip] [--graph IRI] [--nt FILE]',
    '',
    'Without --nt, each dataset built in dist/ goes into its own graph (default https://w3id.org/conflict-kg/id/<id>/graph).',
    'The password comes from the environment variable named by --password-env, or a prompt on a terminal.',
    'On a terminal, a progress line shows the triples sent (--quiet: none).',
    'Exit codes: 0 published and counted, 1 count mismatch or unreadable data, 2 usage, 3 network or store failure.',
  ].join('\n'),
  options: {
    gsp: { type: 'string' },
    sparql: { type: 'string' },
    graph: { type: 'string' },
    nt: { type: 'string' },
    user: { type: 'string' },
    'password-env': { type: 'string' },
    chunk: { type: 'string' },
    timeout: { type: 'string' },
    retries: { type: 'string' },
    bulk: { type: 'string' },
    gzip: { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const v = args.values as Record<string, string | boolean | undefined>;
    const files = ntFiles(v.nt as string | undefined, io.cwd);
    if (files.length > 1 && v.graph !== undefined)
      throw new UsageError(
        `--graph names one graph, and ${files.length} datasets each go into their own: give --nt FILE with it`,
      );
    // Each dataset into its own named graph: --graph, else <https://w3id.org/conflict-kg/id/<id>/graph>.
    const graphOf = (file: string) =>
      (v.graph as string | undefined) ?? `${DEFAULT_RESOURCE_BASE}${basename(file, '.nt')}/graph`;
    if (typeof v.bulk === 'string') {
      for (const file of files) await bulk(file, graphOf(file), resolve(io.cwd, v.bulk), v.gzip === true, io);
      return EXIT.ok;
    }
    const uv = args.values as Record<string, string | undefined>;
    if (!uv.gsp || !uv.sparql) throw new UsageError('--gsp URL and --sparql URL are required (or --bulk DIR)');
    for (const url of [uv.gsp, uv.sparql]) if (!URL.canParse(url)) throw new UsageError(`not a URL: ${url}`);
    if (uv.gzip) throw new UsageError('--gzip goes with --bulk');
    const credentials = uv.user === undefined ? undefined : await password(uv.user, uv['password-env'], io);
    for (const file of files) await upload(args, file, graphOf(file), credentials, io);
    return EXIT.ok;
  },
};

async function upload(
  args: ParsedArgs,
  file: string,
  graph: string,
  credentials: Credentials | undefined,
  io: Io,
): Promise<number> {
  const v = args.values as Record<string, string | undefined>;
  if (!v.gsp || !v.sparql) throw new UsageError('--gsp URL and --sparql URL are required (or --bulk DIR)');
  const progress = createProgress(io, 'publish', args.values.quiet === true);
  const report = await publishGraph({
    file,
    graph,
    gsp: v.gsp,
    sparql: v.sparql,
    ...(credentials ? { credentials } : {}),
    chunkTriples: positive(v.chunk, 'chunk', 50_000),
    timeoutMs: positive(v.timeout, 'timeout', 120) * 1000,
    retries: positive(v.retries, 'retries', 2, true),
    onProgress: (p) =>
      progress.update({
        done: p.triples,
        total: p.totalTriples,
        rate: { count: p.triples, unit: 'triples' },
        detail: `${p.requests} of ${p.totalRequests} request${p.totalRequests === 1 ? '' : 's'}`,
      }),
  }).finally(() => progress.end());
  const how = report.created ? 'created' : 'replaced';
  io.stdout(
    `published ${report.triples} triples to graph <${graph}> (${how}, ${report.requests} request${report.requests === 1 ? '' : 's'}); the store's COUNT agrees\n`,
  );
  return EXIT.ok;
}

async function bulk(file: string, graph: string, dir: string, gzip: boolean, io: Io): Promise<number> {
  const report = await writeBulk({ file, graph, outDir: dir, gzip });
  for (const f of report.files) io.stdout(`wrote ${f}\n`);
  io.stdout(`${report.quads} quads in graph <${graph}>\n`);
  return EXIT.ok;
}

/**
 * The N-Triples files: --nt, or every dataset's `*.nt` in dist/, sorted (not the vocabulary's, nor their union
 * `conflict-kg.nt`: each dataset is published into its own graph).
 */
function ntFiles(given: string | undefined, cwd: string): string[] {
  if (given) return [resolve(cwd, given)];
  const dist = join(cwd, 'dist');
  let found: string[] = [];
  try {
    found = readdirSync(dist)
      .filter((f) => f.endsWith('.nt') && !vocabularyFileGraph(f) && f !== `${UNION_FILE}.nt`)
      .sort();
  } catch {
    // no dist/ yet: reported below
  }
  if (found.length === 0) {
    throw new UsageError(
      `expected a dataset's .nt file in ${dist}, found none; run \`conflict-kg build\` or pass --nt FILE`,
    );
  }
  return found.map((f) => join(dist, f));
}

function positive(text: string | undefined, name: string, fallback: number, zeroOk = false): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1))
    throw new UsageError(`--${name} must be a whole number${zeroOk ? '' : ' above 0'}, not ${quote(String(text))}`);
  return n;
}

/** The password from the named environment variable, or typed at a prompt; never from the command line. */
async function password(user: string, envName: string | undefined, io: Io): Promise<Credentials> {
  if (envName !== undefined) {
    const value = io.env[envName];
    if (value === undefined)
      throw new UsageError(`--password-env ${envName}: the environment variable ${envName} is not set`);
    return { user, password: value };
  }
  if (!io.isTty || !process.stdin.isTTY) {
    throw new UsageError(
      `--user ${user} needs a password: pass --password-env VAR, or run in a terminal to be prompted`,
    );
  }
  return { user, password: await prompt(`password for ${user}: `, io) };
}

/** Reads a line from the terminal without echoing it. */
function prompt(question: string, io: Io): Promise<string> {
  io.stderr(question);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  let typed = '';
  return new Promise((done, fail) => {
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\u0003') return finish(() => fail(new UsageError('cancelled')));
        if (ch === '\r' || ch === '\n') return finish(() => done(typed));
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.stderr('\n');
      then();
    };
    stdin.on('data', onData);
  });
}
