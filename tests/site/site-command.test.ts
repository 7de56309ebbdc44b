// `conflict-kg site` in-process: writes the site only inside --out and never over the user's files, reports bad
// arguments and bad input; and the site of the real Qalamoun dataset, built through the pipeline, has no broken
// internal link.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { checkLinks } from './check-links.ts';
import { checkHtml } from './fixture/html-check.ts';
import { BASE, miniQuads, miniSite } from './fixture/mini-site.ts';
import { GEOMETRY_BASE, RESEARCHED, geometryQuads } from './fixture/geometries.ts';
import { toTurtle } from '../../src/site/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ckg-site-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => new URL(`fixture/${name}`, import.meta.url).pathname;

describe('conflict-kg site', () => {
  const args = (out: string, ...more: string[]) => [
    'site',
    '--graph',
    fixture('mini-graph.ttl'),
    '--ontology',
    fixture('mini-ontology.ttl'),
    '--out',
    out,
    ...more,
  ];
  const fresh = (name: string) => {
    const d = join(dir, name);
    mkdirSync(d);
    return d;
  };

  it('writes the site into --out and nothing beside it', async () => {
    const parent = fresh('only-out');
    const io = memoryIo();
    expect(await run(args(join(parent, 'site')), io)).toBe(0);
    expect(io.out.join('')).toBe(
      `wrote ${(await miniSite()).files.size} files (${(await miniSite()).docs.size} resources) to ${join(parent, 'site')}\n`,
    );
    expect(existsSync(join(parent, 'site/doc/mini/event/qalamoun-offensive-2017.html'))).toBe(true);
    expect(existsSync(join(parent, 'site/.well-known/void'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('refuses --out . in a folder holding a git repository and notes, and deletes nothing', async () => {
    const work = fresh('work');
    mkdirSync(join(work, '.git'));
    writeFileSync(join(work, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(work, 'notes.md'), 'my notes\n');
    const io = memoryIo({ cwd: work });
    expect(await run(args('.'), io)).toBe(1);
    expect(io.err.join('')).toBe(
      `error E_OUTPUT_REFUSED: ${work} is a folder conflict-kg did not write (it holds .git, notes.md); give a new or empty folder, or --force to replace it (nothing was written)\n1 error\n`,
    );
    expect(readdirSync(work).sort()).toEqual(['.git', 'notes.md']);
    expect(readFileSync(join(work, 'notes.md'), 'utf8')).toBe('my notes\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('.work'))).toEqual([]);
  });

  it('refuses --out naming a file, even with --force, and leaves the file as it was', async () => {
    const file = join(fresh('file-out'), 'notes.txt');
    writeFileSync(file, 'keep me\n');
    const io = memoryIo();
    expect(await run(args(file, '--force'), io)).toBe(1);
    expect(io.err.join('')).toBe(
      `error E_OUTPUT_REFUSED: ${file} is a file, expected a folder; a file is never replaced (nothing was written)\n1 error\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(readdirSync(join(dir, 'file-out'))).toEqual(['notes.txt']);
  });

  it('replaces a folder it did not write when given --force', async () => {
    const out = fresh('forced');
    writeFileSync(join(out, 'old.txt'), 'old');
    expect(await run(args(out, '--force'), memoryIo())).toBe(0);
    expect(existsSync(join(out, 'old.txt'))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('writes over its own output on a second run, without --force', async () => {
    const parent = fresh('twice');
    const out = join(parent, 'site');
    expect(await run(args(out), memoryIo())).toBe(0);
    writeFileSync(join(out, 'stale.html'), 'from before');
    const io = memoryIo();
    expect(await run(args(out), io), io.err.join('')).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('refuses --data together with --graph as a usage error', async () => {
    const io = memoryIo();
    expect(await run(['site', '--data', 'data/x', '--graph', 'x.ttl'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      'conflict-kg site: give --data or --graph, not both\nusage: conflict-kg site [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--out DIR [--force]]\n',
    );
  });

  it('reports a usage error before looking at --out', async () => {
    const io = memoryIo({ cwd: fresh('usage-first') });
    writeFileSync(join(dir, 'usage-first', 'notes.md'), 'mine');
    expect(await run(['site', '--graph', 'x.ttl', '--base', 'https://example.org/', '--out', '.'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^conflict-kg site: --base applies to --data only\n/);
  });

  it('reports an --out that cannot be a folder as one line naming it, exit 1, without a stack trace', async () => {
    const io = memoryIo();
    expect(await run(args('/proc/ckg-site'), io)).toBe(1);
    expect(io.err.join('')).toBe(
      'error E_OUTPUT_IO: cannot write the output folder /proc/ckg-site: no such file or folder (the file system may not allow folders here) (ENOENT at /proc); nothing was changed\n1 error\n',
    );
  });

  it('reports a Turtle syntax error at its line', async () => {
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix ex: <https://example.org/> .\nex:a ex:b .\n');
    const io = memoryIo();
    expect(await run(['site', '--graph', bad, '--out', join(dir, 'bad-site')], io)).toBe(1);
    expect(io.err.join('')).toBe(`${bad}:2:1: error E_RDF_SYNTAX: Expected entity but got .\n1 error\n`);
  });

  it('writes the site and warns once on stderr about a geometry whose geo:asWKT is not a point', async () => {
    const graph = miniQuads();
    const arsal = { ...RESEARCHED.find((p) => p.id === 'arsal')!, wkt: 'POINT(34.17944)' };
    const file = join(dir, 'bad-point.ttl');
    writeFileSync(file, toTurtle([...graph, ...geometryQuads(graph, [arsal])], {}));
    const io = memoryIo();
    const out = join(dir, 'bad-point-site');
    expect(await run(['site', '--graph', file, '--ontology', fixture('mini-ontology.ttl'), '--out', out], io)).toBe(0);
    expect(io.err.join('')).toBe(
      `warning E_RDF_SYNTAX: expected a WKT point "POINT(<longitude> <latitude>)", found "POINT(34.17944)" (not a 2D point of two decimal numbers) (at <${GEOMETRY_BASE}arsal> geo:asWKT, the geometry of <${BASE}place/arsal>)\n`,
    );
    expect(readFileSync(join(out, 'doc/mini/place/arsal.html'), 'utf8')).toContain(
      'could not be read, so it is not drawn',
    );
  });
});

describe('the Qalamoun site', () => {
  it('has no broken internal link on any page, and every page passes the HTML check', async () => {
    const out = join(dir, 'qalamoun');
    const io = memoryIo();
    expect(await run(['site', '--data', 'data/qalamoun-2017', '--out', out], io), io.err.join('')).toBe(0);
    const result = await checkLinks(out);
    expect(result.pages).toBeGreaterThan(200);
    expect(result.broken).toEqual([]);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const failures = pages.flatMap((f) => checkHtml(readFileSync(join(out, f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(failures).toEqual([]);
  });
});
