// `conflict-kg serve`: serves the site, resolves the dataset's IRIs by content negotiation, and answers SPARQL.
import { UsageError, type Command } from '../command.ts';
import { startServer } from '../../serve/server.ts';
import { GRAPH_OPTIONS, siteFromArgs } from './site.ts';

export const serve: Command = {
  name: 'serve',
  summary: 'serve the site with content negotiation (303 See Other) and a read-only SPARQL endpoint',
  usage: 'serve [--port N] [--host 127.0.0.1] [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--timeout MS] [--limit N]',
  options: { ...GRAPH_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, timeout: { type: 'string' }, limit: { type: 'string' } },
  async run(args, io) {
    const port = integer(args.values.port, 8080, 'port');
    const timeoutMs = integer(args.values.timeout, 10_000, 'timeout');
    const resultLimit = integer(args.values.limit, 10_000, 'limit');
    const site = await siteFromArgs(args, io);
    const host = (args.values.host as string | undefined) ?? '127.0.0.1';
    const server = await startServer({ site, host, port, timeoutMs, resultLimit });
    io.stdout(`serving ${site.layout.root} at ${server.url}/ (SPARQL: ${server.url}/sparql); Ctrl-C stops\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await server.close();
    return 0;
  },
};

function integer(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects a whole number, found "${String(value)}"`);
  return n;
}
