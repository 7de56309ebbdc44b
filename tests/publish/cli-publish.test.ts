import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Parser, type Term } from 'n3';
import oxigraph from 'oxigraph';
import { run } from '../../src/cli/main.ts';
import { exportAll } from '../../src/pipeline/index.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { serve, type LocalServer } from './local-server.ts';
import { DATASET_QUERY, queryDataset, rowKey } from './dataset-query.ts';

// `conflict-kg publish` end to end in-process; against a real store in virtuoso-store.test.ts.
const SMALL = join(import.meta.dirname, 'fixtures/small.nt');
let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A working folder with dist/qalamoun-2017.nt (the small fixture under the dataset's name). */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'ckg-cli-'));
  mkdirSync(join(cwd, 'dist'));
  copyFileSync(SMALL, join(cwd, 'dist/qalamoun-2017.nt'));
  return cwd;
}

describe('conflict-kg publish', () => {
  it('writes gzipped N-Quads and N-Triples for bulk loaders, in the dataset graph by default', async () => {
    const cwd = project();
    const io = memoryIo({ cwd });
    expect(await run(['publish', '--bulk', 'bulk', '--gzip'], io)).toBe(0);
    expect(readdirSync(join(cwd, 'bulk')).sort()).toEqual(['qalamoun-2017.nq.gz', 'qalamoun-2017.nt.gz']);
    expect(io.out.join('')).toBe(
      `wrote ${join(cwd, 'bulk/qalamoun-2017.nq.gz')}\nwrote ${join(cwd, 'bulk/qalamoun-2017.nt.gz')}\n` +
        '11 quads in graph <https://w3id.org/conflict-kg/id/qalamoun-2017/graph>\n',
    );
  });

  it('writes each built dataset into its own graph, not the union nor the vocabulary', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ckg-cli-'));
    const dist = join(cwd, 'dist');
    await exportAll({ dataRoot: 'tests/fixtures/register', outDir: dist });
    const io = memoryIo({ cwd });
    expect(await run(['publish', '--bulk', 'bulk'], io)).toBe(0);
    expect(readdirSync(join(cwd, 'bulk')).sort()).toEqual(['alpha.nq', 'beta.nq']);
    for (const id of ['alpha', 'beta']) {
      const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(join(cwd, 'bulk', `${id}.nq`), 'utf8'));
      expect(new Set(quads.map((q) => q.graph.value))).toEqual(
        new Set([`https://w3id.org/conflict-kg/id/${id}/graph`]),
      );
      const triples = new Parser({ format: 'N-Triples' }).parse(readFileSync(join(dist, `${id}.nt`), 'utf8'));
      expect(quads.length).toBe(triples.length);
    }
    // The bulk files loaded into oxigraph: each dataset's graph answers a query as `query --dataset` does.
    const store = new oxigraph.Store();
    for (const id of ['alpha', 'beta'])
      store.load(readFileSync(join(cwd, 'bulk', `${id}.nq`), 'utf8'), { format: 'application/n-quads' });
    for (const id of ['alpha', 'beta']) {
      const graph = oxigraph.namedNode(`https://w3id.org/conflict-kg/id/${id}/graph`);
      const rows = (store.query(DATASET_QUERY, { default_graph: graph }) as Map<string, Term>[])
        .map((r) => rowKey(r.get('x'), r.get('label') as Term & { language: string }))
        .sort();
      expect(rows.length, id).toBeGreaterThan(2);
      expect(rows, id).toEqual(await queryDataset(dist, id));
    }
    const twice = memoryIo({ cwd });
    expect(await run(['publish', '--bulk', 'b2', '--graph', 'urn:x:g'], twice)).toBe(2);
    expect(twice.err.join('')).toContain('--graph names one graph, and 2 datasets each go into their own');
  });

  it('needs both endpoints unless it writes bulk files (exit 2)', async () => {
    const io = memoryIo({ cwd: project() });
    expect(await run(['publish', '--gsp', 'http://127.0.0.1:1/gsp'], io)).toBe(2);
    expect(io.err.join('')).toMatch(
      /^conflict-kg publish: --gsp URL and --sparql URL are required \(or --bulk DIR\)\nusage: conflict-kg publish /,
    );
  });

  it('has no --password option', async () => {
    const io = memoryIo({ cwd: project() });
    expect(await run(['publish', '--user', 'dba', '--password', 'secret', '--bulk', 'b'], io)).toBe(2);
    expect(io.err.join('')).toContain("Unknown option '--password'");
  });

  it('reads the password only from the named environment variable, and says when it is not set (exit 2)', async () => {
    const io = memoryIo({ cwd: project(), env: {} });
    const args = [
      'publish',
      '--gsp',
      'http://127.0.0.1:9/gsp',
      '--sparql',
      'http://127.0.0.1:9/sparql',
      '--user',
      'dba',
    ];
    expect(await run([...args, '--password-env', 'STORE_PW'], io)).toBe(2);
    expect(io.err[0]).toMatch(
      /^conflict-kg publish: --password-env STORE_PW: the environment variable STORE_PW is not set\n/,
    );
    const noTty = memoryIo({ cwd: project() });
    expect(await run(args, noTty)).toBe(2);
    expect(noTty.err[0]).toMatch(
      /^conflict-kg publish: --user dba needs a password: pass --password-env VAR, or run in a terminal to be prompted\n/,
    );
  });

  it("exits 3 with the store's message when the store answers 500", async () => {
    server = await serve((_req, res) =>
      res.writeHead(500, { 'content-type': 'text/plain' }).end('Virtuoso 42000 Error: out of disk'),
    );
    const io = memoryIo({ cwd: project() });
    const code = await run(
      ['publish', '--gsp', `${server.url}/gsp`, '--sparql', `${server.url}/sparql`, '--retries', '0'],
      io,
    );
    expect(code).toBe(3);
    expect(io.err.join('')).toContain(
      ': the store answered HTTP 500: Virtuoso 42000 Error: out of disk; graph <https://w3id.org/conflict-kg/id/qalamoun-2017/graph> ',
    );
    expect(io.err.join('')).toMatch(
      /^error E_PUBLISH_HTTP: PUT http:\/\/127\.0\.0\.1:\d+\/gsp\?graph=https%3A%2F%2Fw3id\.org%2Fconflict-kg%2Fid%2Fqalamoun-2017%2Fgraph: /,
    );
  });

  it('exits 1 when the store holds a different number of triples than were sent', async () => {
    server = await serve((req, res) => {
      if (req.method === 'PUT') {
        res.writeHead(201).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      res.end('{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"12"}}]}}');
    });
    const cwd = project();
    const io = memoryIo({ cwd });
    const code = await run(
      ['publish', '--gsp', `${server.url}/gsp`, '--sparql', `${server.url}/sparql`, '--graph', 'urn:x:g'],
      io,
    );
    expect(code).toBe(1);
    expect(io.err.slice(-2).join('')).toBe(
      `error E_PUBLISH_COUNT: graph <urn:x:g> holds 12 triples after publishing, but ${join(cwd, 'dist/qalamoun-2017.nt')} has 11\n1 error\n`,
    );
  });

  it('asks for a build when dist/ has no N-Triples file (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ckg-cli-'));
    const io = memoryIo({ cwd });
    expect(await run(['publish', '--bulk', 'out'], io)).toBe(2);
    expect(io.err[0]).toMatch(
      /: expected a dataset's \.nt file in .*\/dist, found none; run `conflict-kg build` or pass --nt FILE\n/,
    );
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
