// The input fuzz: a few hundred seeded malformed datasets and hostile command lines, each run through the CLI
// in-process. Whatever the input: the documented exit code, no stack trace and no internal error, one line per
// problem (located at file:line:col when it is about a YAML file's content), and the output folder untouched.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { argvCases, yamlCases } from './input-fuzz.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20171202);
const YAML_CASES = Number(process.env.FUZZ_YAML_CASES ?? 240);
const ARGV_CASES = Number(process.env.FUZZ_ARGV_CASES ?? 110);
const BASE = {
  'facts.yaml': readFileSync(join(MINI, 'facts.yaml'), 'utf8'),
  'dataset.yaml': readFileSync(join(MINI, 'dataset.yaml'), 'utf8'),
};
const DIAGNOSTIC = /^(?:(\S.*?):(\d+):(\d+): )?(?:error|warning) (E_[A-Z_]+): \S/;
/** Codes about one YAML file's content: they must say where (file:line:col). */
const LOCATED =
  /^E_SOURCE_(?:SYNTAX|UNKNOWN_FIELD|MISSING_FIELD|TYPE|VALUE|DATE|RANGE|UNKNOWN_ID|DUPLICATE_ID|WRONG_KIND|UNKNOWN_FOOTNOTE|CYCLE|ENCODING)$/;

/** A listing of a folder (names, sizes, times): what "untouched" compares. */
function snapshot(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .sort()
    .map((name) => {
      const s = statSync(join(dir, name));
      return `${name} ${s.size} ${s.mtimeMs}`;
    })
    .join('\n');
}

interface Outcome {
  code: number;
  err: string;
}

function checkOutcome(label: string, o: Outcome, expectLocated: boolean): string[] {
  const problems: string[] = [];
  if (![0, 1, 2, 3].includes(o.code)) problems.push(`exit ${o.code}`);
  if (/\n\s+at .+:\d+:\d+/.test(o.err)) problems.push('a stack trace');
  if (/: internal error: /.test(o.err)) problems.push(`an internal error: ${o.err.split('\n')[0]}`);
  for (const line of o.err.split('\n').filter((l) => DIAGNOSTIC.test(l))) {
    const [, file, , , code] = DIAGNOSTIC.exec(line)!;
    if (expectLocated && LOCATED.test(code!) && !file) problems.push(`no file:line:col on ${code}`);
    if (line.length > 600) problems.push(`a line of ${line.length} characters`);
  }
  return problems.map((p) => `${label}: ${p}`);
}

describe('the input fuzz', () => {
  it(`answers ${YAML_CASES} malformed datasets with a documented exit, located lines and dist/ untouched (seed ${SEED})`, async () => {
    const failures: string[] = [];
    const tally = new Map<string, number>();
    for (const [i, c] of yamlCases(SEED, YAML_CASES, BASE).entries()) {
      const data = copyFixture(MINI);
      writeFileSync(join(data, c.file), c.bytes);
      const out = join(mkdtempSync(join(tmpdir(), 'ckg-fuzz-')), 'dist');
      const io = memoryIo();
      const before = existsOrEmpty(out);
      const code = await run(['build', '--data', data, '--out', out], io);
      const err = io.err.join('');
      failures.push(...checkOutcome(`case ${i} (${c.kind} in ${c.file})`, { code, err }, true));
      if (code !== 0 && existsOrEmpty(out) !== before) failures.push(`case ${i} (${c.kind}): --out changed on failure`);
      if (code === 2) failures.push(`case ${i} (${c.kind}): a usage error for bad data`);
      tally.set(`${c.kind} → ${code}`, (tally.get(`${c.kind} → ${code}`) ?? 0) + 1);
    }
    expect(failures).toEqual([]);
    expect([...tally.keys()].some((k) => k.endsWith('→ 1'))).toBe(true);
  });

  it(`answers ${ARGV_CASES} hostile command lines with a documented exit and no stack trace (seed ${SEED})`, async () => {
    const failures: string[] = [];
    const work = mkdtempSync(join(tmpdir(), 'ckg-fuzz-argv-'));
    const file = join(work, 'a-file.txt');
    writeFileSync(file, 'not a folder\n');
    const data = copyFixture(MINI);
    for (const [i, c] of argvCases(SEED, ARGV_CASES).entries()) {
      const argv = c.argv.map((a) =>
        a
          .replace('{data}', data)
          .replace('{out}', join(work, `out-${i}`))
          .replace('{file}', file),
      );
      const io = memoryIo({ cwd: process.cwd() });
      const listing = snapshot(work);
      const code = await run(argv, io);
      const err = io.err.join('');
      failures.push(
        ...checkOutcome(`case ${i} (${c.kind}: ${JSON.stringify(argv).slice(0, 120)})`, { code, err }, false),
      );
      if (code !== 0 && snapshot(work) !== listing) failures.push(`case ${i} (${c.kind}): files changed on failure`);
      if (readFileSync(file, 'utf8') !== 'not a folder\n')
        failures.push(`case ${i} (${c.kind}): a file was overwritten`);
    }
    expect(failures).toEqual([]);
  });
});

function existsOrEmpty(dir: string): string {
  try {
    return snapshot(dir);
  } catch {
    return '<absent>';
  }
}
