// `build --out`: written beside the target and swapped in whole; what the user keeps there is never lost.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { MINI } from '../helpers/fixture-dir.ts';
import { memoryIo } from '../helpers/memory-io.ts';

const VOCABULARY = ['conflict-kg-ontology', 'conflict-kg-concepts'].flatMap((f) =>
  ['ttl', 'nt', 'jsonld'].map((e) => `${f}.${e}`),
);
const BUILT = [
  'mini.context.jsonld',
  'mini.jsonld',
  'mini.nt',
  'mini.ttl',
  'mini.validation.ttl',
  'conflict-kg.context.jsonld',
  ...VOCABULARY,
].sort();

async function build(...args: string[]) {
  const io = memoryIo();
  const code = await run(['build', '--data', MINI, ...args], io);
  return { code, err: io.err.join('') };
}

describe('build --out', () => {
  it('refuses a folder holding files a build does not write, and leaves them all as they were', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-build-out-'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'notes.md'), 'mine\n');
    const { code, err } = await build('--out', root);
    expect(code).toBe(1);
    expect(err).toContain(
      'is a folder conflict-kg did not write (it holds .git, notes.md); give a new or empty folder, or --force to replace it (nothing was written)',
    );
    expect(readdirSync(root).sort()).toEqual(['.git', 'notes.md']);
  });

  it('never replaces a file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-build-out-'));
    writeFileSync(join(root, 'file'), 'keep\n');
    expect((await build('--out', join(root, 'file'))).code).toBe(1);
    expect((await build('--out', join(root, 'file', 'x'))).code).not.toBe(0);
    expect(readFileSync(join(root, 'file'), 'utf8')).toBe('keep\n');
    expect(readdirSync(root)).toEqual(['file']);
  });

  it('builds into a new folder, then again over its own files, with nothing left beside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-build-out-'));
    const out = join(root, 'dist');
    expect((await build('--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(BUILT);
    mkdirSync(join(out, 'site'));
    writeFileSync(join(out, 'site', '.conflict-kg-output'), 'written by conflict-kg\n');
    expect((await build('--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...BUILT, 'site'].sort());
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('with --force, builds into a folder of other files and keeps them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-build-out-'));
    writeFileSync(join(root, 'notes.md'), 'mine\n');
    expect((await build('--out', root, '--force')).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual([...BUILT, 'notes.md'].sort());
  });

  it('leaves --out as it was when the data is invalid (no .part file, nothing beside it)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-build-out-'));
    const io = memoryIo();
    expect(await run(['build', '--data', join(root, 'nowhere'), '--out', join(root, 'dist')], io)).toBe(1);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('build --out on a path that cannot be a folder', () => {
  it('answers /proc/x with one line at once (a recursive mkdir there spun forever)', async () => {
    const { code, err } = await build('--out', '/proc/x');
    expect(code).not.toBe(0);
    expect(err.trim().split('\n')).toHaveLength(2);
    expect(err).toMatch(/^error E_[A-Z_]+: .*\/proc\/x/);
  });
});
