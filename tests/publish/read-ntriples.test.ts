import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkNTriples, scanNTriples } from '../../src/publish/read-ntriples.ts';
import type { PublishError } from '../../src/publish/publish-error.ts';

const SMALL = join(import.meta.dirname, 'fixtures/small.nt');
const dir = mkdtempSync(join(tmpdir(), 'ckg-nt-'));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('scanNTriples', () => {
  it('counts triples, skipping comments and blank lines', async () => {
    expect(await scanNTriples(SMALL)).toEqual({ triples: 11, hasBlankNodes: false });
  });

  it('notices blank nodes', async () => {
    expect(await scanNTriples(file('b.nt', '_:b1 <a:p> <a:o> .\n<a:s> <a:p> _:b1 .\n'))).toEqual({
      triples: 2,
      hasBlankNodes: true,
    });
  });

  it('reports a syntax error with its line before anything is sent', async () => {
    const bad = file('bad.nt', '<a:s> <a:p> <a:o> .\n<a:s> <a:p> "unterminated .\n');
    const e = (await scanNTriples(bad).catch((x: unknown) => x)) as PublishError;
    expect(e.code).toBe('E_PUBLISH_DATA');
    expect(e.detail).toMatch(new RegExp(`^${bad}: .* on line 2\\.$`));
  });

  it('reports a missing file', async () => {
    const e = (await scanNTriples(join(dir, 'none.nt')).catch((x: unknown) => x)) as PublishError;
    expect(e.code).toBe('E_PUBLISH_DATA');
    expect(e.detail).toContain('ENOENT');
  });
});

describe('chunkNTriples', () => {
  it('hands out whole lines in chunks of the given size', async () => {
    const chunks = [];
    for await (const c of chunkNTriples(SMALL, 4)) chunks.push(c);
    expect(chunks.map((c) => c.triples)).toEqual([4, 4, 3]);
    expect(chunks.every((c) => c.text.endsWith(' .\n'))).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toContain('"칼라문 공세"@ko');
  });
});
