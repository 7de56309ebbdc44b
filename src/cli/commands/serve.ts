// `conflict-kg serve`: serves the site, resolves the dataset's IRIs by content negotiation, and answers SPARQL.
// SIGTERM or SIGINT stops it: no new connections, running queries cancelled, exit 0 within a few seconds.
import { quote } from '../../diagnostics.ts';
import { UsageError, type Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { startServer } from '../../serve/index.ts';
import { GRAPH_OPTIONS, siteFromArgs } from './site.ts';

/** How long a stop may take before the process exits anyway (a stuck connection must not hold it). */
const STOP_DEADLINE_MS = 3000;

export const serve: Command = {
  name: 'serve',
  usage:
    'serve [--port N] [--host 127.0.0.1] [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--timeout MS] [--limit N] [--queue N] [--max-memory MiB]',
  options: {
    ...GRAPH_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
    timeout: { type: 'string' },
    limit: { type: 'string' },
    queue: { type: 'string' },
    'max-memory': { type: 'string' },
  },
  async run(args, io) {
    const port = integer(args.values.port, 8080, 'port', 65535);
    const timeoutMs = integer(args.values.timeout, 10_000, 'timeout', 2 ** 31 - 1, 1);
    const resultLimit = integer(args.values.limit, 10_000, 'limit');
    const maxQueue = integer(args.values.queue, 8, 'queue');
    const memoryLimitBytes = integer(args.values['max-memory'], 1536, 'max-memory', 1 << 20, 64) * 2 ** 20;
    const site = await siteFromArgs(args, io);
    const host = (args.values.host as string | undefined) ?? '127.0.0.1';
    // A port in use is an E_SERVE_LISTEN diagnostic: one line, exit 3 (cli/exit-codes.ts), no stack.
    const server = await startServer({ site, host, port, timeoutMs, resultLimit, maxQueue, memoryLimitBytes });
    io.stdout(`serving ${site.layout.root} at ${server.url}/ (SPARQL: ${server.url}/sparql); Ctrl-C stops\n`);
    const signal = await stopSignal();
    io.stderr(`${signal}: stopping\n`);
    setTimeout(() => process.exit(EXIT.ok), STOP_DEADLINE_MS).unref();
    await server.close();
    return EXIT.ok;
  },
};

function stopSignal(): Promise<string> {
  return new Promise((done) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function integer(value: unknown, fallback: number, name: string, max = Number.MAX_SAFE_INTEGER, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < min || n > max)
    throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, found ${quote(String(value))}`);
  return n;
}
