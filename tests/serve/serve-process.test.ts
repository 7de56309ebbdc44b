// `conflict-kg serve` as a process: SIGTERM or SIGINT stops it while a query runs (no new connections, the query
// cancelled, exit 0 within a few seconds), and a bad port or a port in use is one line and a documented exit code.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GRAPH = ['--graph', 'tests/site/fixture/mini-graph.ttl', '--ontology', 'tests/site/fixture/mini-ontology.ttl'];
const ENDLESS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function run(args: string[]): Run {
  const child = spawn(process.execPath, ['bin/conflict-kg.js', 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const r: Run = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (d: Buffer) => {
    r.stdout += d.toString('utf8');
  });
  child.stderr!.on('data', (d: Buffer) => {
    r.stderr += d.toString('utf8');
  });
  return r;
}

/** The server's URL, once it says it is serving (on a busy machine the start can take a while). */
function served(r: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = () => {
      const m = /at (http:\/\/\S+?)\/ /.exec(r.stdout);
      if (m) resolve(m[1]!);
    };
    r.child.stdout!.on('data', look);
    r.child.on('exit', () => reject(new Error(`serve exited before serving: ${r.stderr}`)));
    look();
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('on %s', (signal) => {
  it('stops accepting, cancels the running query (its client gets 503) and exits 0 within a few seconds', {
    timeout: 120_000,
  }, async () => {
    const r = run([...GRAPH, '--port', '0']);
    const url = await served(r);
    expect((await fetch(`${url}/sparql?query=ASK%7B%7D`)).status).toBe(200);
    const slow = fetch(`${url}/sparql?query=${encodeURIComponent(ENDLESS)}`).then(
      (res) => res.status,
      () => 'connection closed',
    );
    // The query is in the server's hands once its request is sent; whether it runs or waits, the stop cancels it.
    await new Promise((res) => setTimeout(res, 200));
    const started = performance.now();
    r.child.kill(signal);
    expect(await r.exit).toEqual({ code: 0, signal: null });
    expect(performance.now() - started).toBeLessThan(5000);
    expect([503, 'connection closed']).toContain(await slow);
    expect(r.stderr).toBe(`${signal}: stopping\n`);
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});

describe('listening', () => {
  it('refuses --port 99999 as a usage error (exit 2), without a stack', async () => {
    const r = run([...GRAPH, '--port', '99999']);
    expect(await r.exit).toEqual({ code: 2, signal: null });
    expect(r.stderr).toBe(
      'conflict-kg serve: --port expects a whole number from 0 to 65535, found "99999"\n' +
        'usage: conflict-kg serve [--port N] [--host 127.0.0.1] [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--timeout MS] [--limit N] [--queue N] [--max-memory MiB]\n',
    );
  });

  it('reports a port in use in one line and exits 3 (a runtime failure), without a stack', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const r = run([...GRAPH, '--port', String(port)]);
    expect(await r.exit).toEqual({ code: 3, signal: null });
    expect(r.stderr).toBe(
      `error E_SERVE_LISTEN: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE)\n1 error\n`,
    );
    expect(r.stdout).toBe('');
    taken.close();
  });
});
