// The benchmarks time the compiled JavaScript in build/ (what the bin runs); this compiles it when src/ is newer.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Runs `npm run compile` unless build/ is newer than every file of src/ (as bin/conflict-kg.js checks). */
export function ensureCompiled(): void {
  const compiled = join(root, 'build/cli/main.js');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= newest(join(root, 'src'))) return;
  process.stderr.write('bench: src/ is newer than build/: npm run compile …\n');
  try {
    execFileSync('npm', ['run', 'compile'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    // tsc still writes the JavaScript when it finds type errors (noEmitOnError is off): time that, and say so.
    if (!existsSync(compiled)) throw e;
    process.stderr.write('bench: npm run compile reported type errors; timing the JavaScript it wrote\n');
  }
}
