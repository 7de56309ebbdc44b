// Copies a fixture dataset folder to a temporary place, optionally editing one file, for tests of bad input.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { loadFacts } from '../../src/source/load-facts.ts';

export const MINI = 'tests/fixtures/source/mini';

/** A fresh copy of `from` in a temp folder; `edit(file, text)` rewrites one file's text. Returns the folder. */
export function copyFixture(from = MINI, edits: Record<string, (text: string) => string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ckg-')), 'data');
  cpSync(from, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/**
 * Loads `dir` (a changed copy of a fixture) and returns the formatted diagnostics, the folder shown as DIR.
 * @throws when the dataset loads without a problem: the change was meant to be refused.
 */
export function loadProblems(dir: string): string[] {
  try {
    loadFacts(dir);
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return e.diagnostics.map((d) => formatDiagnostic(d).replaceAll(dir, 'DIR'));
  }
  throw new Error('expected the changed dataset to be rejected');
}
