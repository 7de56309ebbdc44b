// Test helper: the Qalamoun graph as N-Triples: dist/qalamoun-2017.nt when built, else built now into a temporary folder.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDataset } from '../../src/pipeline/run-pipeline.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The path of the dataset's N-Triples export. */
export async function qalamounNTriples(): Promise<string> {
  const dist = join(ROOT, 'dist/qalamoun-2017.nt');
  if (existsSync(dist)) return dist;
  const outDir = mkdtempSync(join(tmpdir(), 'ckg-dist-'));
  await exportDataset({ dataDir: join(ROOT, 'data/qalamoun-2017'), outDir });
  return join(outDir, 'qalamoun-2017.nt');
}
