// `conflict-kg validate` without --data: every dataset of data/ (here the register fixture's alpha and beta), one
// line each, every dataset checked even when another fails, the exit code of the worst; --data keeps to one.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { REGISTER } from '../site/fixture/register-site.ts';

/** A project folder whose data/ is a copy of the register fixture (alpha, beta and the register). */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'ckg-validate-all-'));
  cpSync(REGISTER, join(cwd, 'data'), { recursive: true });
  return cwd;
}

describe('conflict-kg validate over every dataset', () => {
  it('validates each dataset of data/, one line each, and writes nothing', async () => {
    const cwd = project();
    const io = memoryIo({ cwd });
    expect(await run(['validate'], io), io.err.join('')).toBe(0);
    expect(io.out.join('')).toMatch(
      /^conflict-kg validate: alpha \(data\/alpha\) is valid and conforms to the shapes, \d+ triples\nconflict-kg validate: beta \(data\/beta\) is valid and conforms to the shapes, \d+ triples\n$/,
    );
    expect(io.err).toEqual([]);
  });

  it('checks every dataset when one fails: its problems at their line, a line each, exit 1', async () => {
    const cwd = project();
    const facts = join(cwd, 'data/beta/facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('date: 2018-05', 'date: 2018-05-32'));
    const io = memoryIo({ cwd });
    expect(await run(['validate'], io)).toBe(1);
    const out = io.out.join('');
    expect(out).toMatch(
      /^conflict-kg validate: alpha \(data\/alpha\) is valid and conforms to the shapes, \d+ triples\n/,
    );
    expect(out).toContain('conflict-kg validate: data/beta is not valid: 1 error\n');
    expect(io.err.join('')).toMatch(
      /data\/beta\/facts\.yaml:\d+:\d+: error E_SOURCE_DATE: expected a real calendar date at events\[\d+\]\.date, found "2018-05-32"/,
    );
  });

  it('keeps to one dataset with --data', async () => {
    const cwd = project();
    const io = memoryIo({ cwd });
    expect(await run(['validate', '--data', 'data/beta'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^conflict-kg validate: beta \(data\/beta\) is valid and conforms to the shapes\n/);
    expect(io.out.join('')).not.toContain('alpha');
  });

  it('refuses --base and --report without --data, which name one dataset (exit 2)', async () => {
    for (const [option, value] of [
      ['--base', 'https://example.org/x/'],
      ['--report', 'r.ttl'],
    ]) {
      const io = memoryIo({ cwd: project() });
      expect(await run(['validate', option!, value!], io)).toBe(2);
      expect(io.err.join('')).toContain(`${option} applies to one dataset: give --data DIR with it`);
    }
  });
});
