// Which dataset folders a data folder holds: its direct sub-folders with a dataset.yaml (the register is not one).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError, error } from '../diagnostics.ts';

/**
 * The dataset folders directly under `root` (those holding a `dataset.yaml`), sorted by name. The entity register
 * (`data/entities/`) and other folders without a `dataset.yaml` are left out.
 * @throws DiagnosticError E_SOURCE_IO when `root` cannot be read or holds no dataset folder.
 */
export function findDatasets(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'dataset.yaml')))
      .map((e) => e.name);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new DiagnosticError([error('E_SOURCE_IO', `expected a readable data folder at ${root}, found ${code}`)]);
  }
  if (names.length === 0)
    throw new DiagnosticError([
      error('E_SOURCE_IO', `expected a dataset folder (holding dataset.yaml) in ${root}, found none`),
    ]);
  return names.sort().map((n) => join(root, n));
}
