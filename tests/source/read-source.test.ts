import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { exitCodeOf } from '../../src/cli/exit-codes.ts';
import { loadFacts } from '../../src/source/load-facts.ts';
import { fileProblem, firstInvalidByte } from '../../src/source/read-source.ts';
import { copyFixture, loadProblems, MINI } from '../helpers/fixture-dir.ts';

/** The problems of loading a copy of the mini dataset after `change(dir)`, the folder shown as DIR. */
function problems(change: (dir: string) => void): string[] {
  const dir = copyFixture(MINI);
  change(dir);
  return loadProblems(dir);
}

describe('reading a dataset folder', () => {
  it('refuses a FIFO named like a YAML file without opening it (the read would block forever)', () => {
    expect(problems((dir) => execFileSync('mkfifo', [join(dir, 'x.yaml')]))).toEqual([
      'error E_SOURCE_IO: expected a regular file at DIR/x.yaml, found a FIFO (named pipe)',
    ]);
  });

  it('refuses a folder named like a YAML file', () => {
    expect(problems((dir) => mkdirSync(join(dir, 'x.yaml')))).toEqual([
      'error E_SOURCE_IO: expected a regular file at DIR/x.yaml, found a folder',
    ]);
  });

  it('refuses a loop of symbolic links', () => {
    const loop = (dir: string) => {
      symlinkSync('b.yaml', join(dir, 'a.yaml'));
      symlinkSync('a.yaml', join(dir, 'b.yaml'));
    };
    expect(problems(loop)).toEqual([
      'error E_SOURCE_IO: cannot follow the link DIR/a.yaml: found a loop of symbolic links',
      'error E_SOURCE_IO: cannot follow the link DIR/b.yaml: found a loop of symbolic links',
    ]);
  });

  it('refuses a link that leaves the folder, and quotes nothing of what it points at', () => {
    const lines = problems((dir) => symlinkSync('/etc/passwd', join(dir, 'x.yaml')));
    expect(lines).toEqual([
      'error E_SOURCE_IO: expected a file inside the dataset folder at DIR/x.yaml, found a link to a file outside it',
    ]);
  });

  it('follows a link to a file inside the folder', () => {
    const dir = copyFixture(MINI);
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'facts.yaml'), readFileSync(join(dir, 'facts.yaml')));
    rmSync(join(dir, 'facts.yaml'));
    symlinkSync('parts/facts.yaml', join(dir, 'facts.yaml'));
    expect(loadFacts(dir).events.map((e) => e.id)).toEqual(['offensive', 'capture-hill-1', 'older-battle']);
  });

  it('refuses a byte that is not UTF-8 at its line and column (Latin-1 "Armée")', () => {
    const latin1 = (dir: string) => {
      const path = join(dir, 'facts.yaml');
      const text = readFileSync(path, 'utf8').replace('{ko: 푸른 군, en: Blue Force}', '{ko: 푸른 군, en: Blue Armée}');
      const [head, tail] = text.split('Armée');
      writeFileSync(path, Buffer.concat([Buffer.from(`${head}Arm`), Buffer.from([0xe9]), Buffer.from(`e${tail}`)]));
    };
    expect(problems(latin1)).toEqual([
      'DIR/facts.yaml:8:35: error E_SOURCE_ENCODING: expected UTF-8 text, found the byte 0xE9, which does not start a valid UTF-8 character here',
    ]);
  });

  it('refuses a whole number beyond 2^53 at its position instead of rounding it', () => {
    const big = (dir: string) => {
      const path = join(dir, 'facts.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('max: 4000', 'max: 18446744073709551617'));
    };
    expect(problems(big)).toEqual([
      'DIR/facts.yaml:55:10: error E_SOURCE_VALUE: expected a whole number of at most 9007199254740991 (2^53 − 1) at quantities[0].max, found a larger one, which would not be read exactly',
    ]);
  });
});

describe('messages quoting the input', () => {
  it('quote at most 60 characters of a 2 MB scalar, escaped, with its length', () => {
    const huge = (dir: string) => {
      const path = join(dir, 'facts.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          '    englishLabel: translation',
          `    englishLabel: "${'x\\t'.repeat(500_000)}"`,
        ),
      );
    };
    const [line] = problems(huge);
    expect(line!.length).toBeLessThan(400);
    expect(line).toContain(`found "${'x\\t'.repeat(30)}"… (1000000 characters)`);
  });
});

describe('ids', () => {
  it('are at most 100 characters (they become IRIs and file names)', () => {
    const long = (dir: string) => {
      const path = join(dir, 'dataset.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('  id: mini', `  id: ${'m'.repeat(101)}`));
    };
    expect(problems(long)).toEqual([
      `DIR/dataset.yaml:3:7: error E_SOURCE_VALUE: expected at most 100 characters at dataset.id, found "${'m'.repeat(60)}"… (101 characters)`,
    ]);
  });
});

describe('fileProblem', () => {
  it('tells a refusal of the system (exit 3) from wrong input (exit 1)', () => {
    const denied = fileProblem('data/x', 'read the folder', Object.assign(new Error('x'), { code: 'EACCES' }));
    expect(formatDiagnostic(denied)).toBe('error E_IO: cannot read the folder data/x: permission denied (EACCES)');
    expect(exitCodeOf([denied])).toBe(3);
    const missing = fileProblem('data/x.yaml', 'read', Object.assign(new Error('x'), { code: 'ENOENT' }));
    expect(formatDiagnostic(missing)).toBe('error E_SOURCE_IO: cannot read data/x.yaml: found nothing there');
    expect(exitCodeOf([missing])).toBe(1);
  });
});

describe('firstInvalidByte', () => {
  it('accepts UTF-8 and finds stray, overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidByte(Buffer.from('헤즈볼라 😀 ok'))).toBe(-1);
    expect(firstInvalidByte(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidByte(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
  });
});
