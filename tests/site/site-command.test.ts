// `conflict-kg site` in-process: writes the site and the VoID file, reports bad arguments and bad input; and the
// site of the real Qalamoun dataset, built through the pipeline, has no broken internal link.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { checkLinks } from './check-links.ts';
import { checkHtml } from './fixture/html-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'ckg-site-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => new URL(`fixture/${name}`, import.meta.url).pathname;

describe('conflict-kg site', () => {
  it('writes the site into --out and the VoID description beside it', async () => {
    const io = memoryIo();
    const code = await run(['site', '--graph', fixture('mini-graph.ttl'), '--ontology', fixture('mini-ontology.ttl'), '--out', join(dir, 'site')], io);
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(/^wrote \d+ files \(\d+ resources\) to .*\/site, and .*\/mini\.void\.ttl\n$/);
    expect(existsSync(join(dir, 'site/doc/mini/event/qalamoun-offensive-2017.html'))).toBe(true);
    expect(existsSync(join(dir, 'site/.well-known/void'))).toBe(true);
    expect(existsSync(join(dir, 'mini.void.ttl'))).toBe(true);
  });

  it('refuses --data together with --graph as a usage error', async () => {
    const io = memoryIo();
    expect(await run(['site', '--data', 'data/x', '--graph', 'x.ttl'], io)).toBe(2);
    expect(io.err.join('')).toBe('conflict-kg site: give --data or --graph, not both\nusage: conflict-kg site [--data DIR [--base IRI] | --graph FILE] [--ontology FILE] [--out DIR]\n');
  });

  it('reports a Turtle syntax error at its line', async () => {
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix ex: <https://example.org/> .\nex:a ex:b .\n');
    const io = memoryIo();
    expect(await run(['site', '--graph', bad, '--out', join(dir, 'bad-site')], io)).toBe(1);
    expect(io.err.join('')).toBe(`${bad}:2:1: error E_RDF_SYNTAX: Expected entity but got .\n1 error\n`);
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
