#!/usr/bin/env node
// The command-line entry point. It runs the JavaScript that `npm ci` compiles into build/ (the `prepare` script,
// `npm run compile`), so no TypeScript is compiled at start-up; while developing, when build/ is missing or older
// than a file of src/, it runs the TypeScript sources through tsx instead (slower to start, never stale).
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('build/cli/main.js', root);

/** The newest modification time of the files under a folder (about 200 stat calls: a millisecond or two). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const fresh = existsSync(compiled) && statSync(compiled).mtimeMs >= newest(new URL('src/', root));
const argv = process.argv.slice(2);
// Before the command's modules load: the engine's settings, and a query's worker (it boots meanwhile).
const { startEngine } = await import(
  new URL(fresh ? 'build/query/engine-start.js' : 'src/query/engine-start.js', root)
);
startEngine(argv);

async function load() {
  if (fresh) return import(compiled.href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const { run } = await load();
process.exitCode = await run(argv);
