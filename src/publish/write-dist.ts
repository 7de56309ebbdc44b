// Writes output files into a folder without ever leaving one half-written: each goes to a temporary name first.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes every file to `<dir>/.<name>.<pid>.tmp`, then renames them all into place; files of `dir` not named here
 * (a site, bulk dumps) are left alone. On a failure before the renames, the folder is exactly as it was.
 */
export function writeDist(dir: string, files: Map<string, string>): { name: string; bytes: number }[] {
  mkdirSync(dir, { recursive: true });
  const staged: { tmp: string; final: string; name: string; bytes: number }[] = [];
  try {
    for (const [name, text] of files) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      staged.push({ tmp, final: join(dir, name), name, bytes: Buffer.byteLength(text) });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.final);
  return staged.map(({ name, bytes }) => ({ name, bytes }));
}
