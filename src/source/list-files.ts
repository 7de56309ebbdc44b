// The YAML files of a dataset folder, in name order, or a clear problem when there are none.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError, error } from '../diagnostics.ts';

export function listYamlFiles(dataDir: string): string[] {
  const problem = (found: string) =>
    new DiagnosticError([
      error('E_SOURCE_IO', `expected a dataset folder holding *.yaml files at ${dataDir}, found ${found}`),
    ]);
  let names: string[];
  try {
    if (!statSync(dataDir).isDirectory()) throw problem('a file');
    names = readdirSync(dataDir);
  } catch (e) {
    if (e instanceof DiagnosticError) throw e;
    throw problem('nothing');
  }
  const files = names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dataDir, n));
  if (files.length === 0) throw problem('no YAML file');
  return files;
}
