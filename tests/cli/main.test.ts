import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ckg-out-'));
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('conflict-kg (in process)', () => {
  it('prints the usage and exits 2 without a command', async () => {
    const io = memoryIo();
    expect(await run([], io)).toBe(2);
    expect(io.err.join('')).toContain('usage: conflict-kg <command> [options]');
  });

  it('exits 2 on an unknown command and on an unknown option', async () => {
    const io = memoryIo();
    expect(await run(['bild'], io)).toBe(2);
    expect(io.err.join('')).toContain('conflict-kg: unknown command "bild"');
    const io2 = memoryIo();
    expect(await run(['build', '--ot', 'x'], io2)).toBe(2);
    expect(io2.err.join('')).toMatch(/^conflict-kg build: Unknown option '--ot'/);
  });

  it('exits 2 on a base that is not an absolute IRI ending with / or #', async () => {
    const io = memoryIo();
    expect(await run(['validate', '--data', MINI, '--base', 'kg'], io)).toBe(2);
    expect(io.err.join('')).toBe(
      'error E_USAGE: expected --base to be an absolute IRI ending with / or #, found "kg"\n1 error\n',
    );
  });

  it('builds the dataset into the output folder and prints what it holds', async () => {
    const out = tempDir();
    const io = memoryIo();
    expect(await run(['build', '--data', MINI, '--out', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'conflict-kg-concepts.jsonld',
      'conflict-kg-concepts.nt',
      'conflict-kg-concepts.ttl',
      'conflict-kg-ontology.jsonld',
      'conflict-kg-ontology.nt',
      'conflict-kg-ontology.ttl',
      'conflict-kg.context.jsonld',
      'mini.context.jsonld',
      'mini.jsonld',
      'mini.nt',
      'mini.ttl',
      'mini.validation.ttl',
    ]);
    const printed = io.out.join('');
    expect(printed).toContain(`conflict-kg build: mini (${MINI}) → ${out}/, SHACL conforms`);
    expect(printed).toMatch(/ {2}Incident +2\n/);
    expect(printed).toMatch(/ {2}footnotes cited +3\n/);
  });

  it('exits 1 on bad input, one located line per problem, and leaves the output folder exactly as it was', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'mini.ttl'), 'previous build\n');
    const before = snapshot(out);
    const data = copyFixture(MINI, {
      'facts.yaml': (t) => t.replace('min: 1500', 'min: 5000').replace('cite: [2]', 'cite: [8]'),
    });
    const io = memoryIo();
    expect(await run(['build', '--data', data, '--out', out], io)).toBe(1);
    expect(io.err.join('').replaceAll(data, 'DIR')).toBe(
      'DIR/facts.yaml:36:12: error E_SOURCE_UNKNOWN_FOOTNOTE: expected a footnote that source "wiki" has (1–3), found [8]\n' +
        'DIR/facts.yaml:54:10: error E_SOURCE_RANGE: expected min ≤ max in quantity "red-strength", found min 5000 > max 4000\n' +
        '2 errors\n',
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('validates without writing anything', async () => {
    const io = memoryIo();
    expect(await run(['validate', '--data', MINI], io)).toBe(0);
    expect(io.out.join('')).toContain(
      'conflict-kg validate: mini (tests/fixtures/source/mini) is valid and conforms to the shapes',
    );
  });

  it('refuses a base holding a character IRIs may not hold, in validate as in build', async () => {
    for (const extra of [['validate'], ['build', '--out', tempDir()]]) {
      const io = memoryIo();
      expect(await run([...extra, '--data', MINI, '--base', 'http://example.org/a>b/'], io)).toBe(2);
      expect(io.err.join('')).toBe(
        'error E_USAGE: expected --base to be an absolute IRI ending with / or #, found "http://example.org/a>b/"\n1 error\n',
      );
    }
  });

  it('refuses a --timeout beyond what a timer holds instead of stopping the query at once', async () => {
    const io = memoryIo();
    expect(await run(['query', 'ASK {}', '--timeout', '3000000'], io)).toBe(2);
    expect(io.err.join('')).toContain('--timeout must be a number of seconds above 0 and at most 2147483');
  });

  it('reports an internal error whose code is a number in one line, without crashing on it', async () => {
    const { COMMANDS } = await import('../../src/cli/commands/index.ts');
    const entry = COMMANDS.find((c) => c.name === 'validate')!;
    const load = entry.load;
    const failing = {
      ...(await load()),
      run: async () => Promise.reject(Object.assign(new Error('could not clone'), { code: 25 })),
    };
    (entry as { load: typeof load }).load = async () => failing;
    try {
      const io = memoryIo();
      expect(await run(['validate'], io)).toBe(3);
      expect(io.err.join('')).toBe(
        'conflict-kg validate: internal error: could not clone (run with --debug for the stack trace)\n',
      );
    } finally {
      (entry as { load: typeof load }).load = load;
    }
  });
});
