// What the command line does before it loads anything else (bin/conflict-kg.js, bench/run-compiled.js): V8's
// settings for the engine, and, when the command runs a query, the query worker. The worker then boots and compiles
// oxigraph's WebAssembly on the second core while this thread loads the command's modules, instead of after them.
// Plain JavaScript, so that the bin can load it before any TypeScript loader is registered.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** The worker thread behind a worker store (sparql-store.ts). */
export const WORKER_URL = new URL('./store-worker.js', import.meta.url);

/** A worker started ahead, until a store takes it. */
let early;

/**
 * V8's settings for a process that runs one command; they must be set before the WebAssembly is compiled. Most
 * commands end well under a second: V8's default tiering then spends more CPU compiling oxigraph's WebAssembly with
 * its optimizing compiler than the optimized code saves (`query strengths` on Qalamoun ran 3.17 G instructions by
 * default and 2.04 G with the budget, callgrind; loading and querying a 37 MB N-Triples file took the same CPU either
 * way, as the code that runs long enough is still optimized). Lazy compilation and validation compile a function
 * when it is first called, with the same baseline compiler: of the 4 MB module, a query calls a small part
 * (the engine's load and query on Qalamoun: 1.65 G → 1.54 G instructions).
 */
export function tuneEngine() {
  setFlagsFromString('--wasm-tiering-budget=1000000000');
  setFlagsFromString('--wasm-lazy-compilation');
  setFlagsFromString('--wasm-lazy-validation');
}

/**
 * Tunes the engine, and starts the query worker now when the command line (its arguments after the script) runs a query:
 * `query …` but not `query --list` or `--help`. A worker nobody takes holds nothing open (unref).
 * @param {string[]} argv
 */
export function startEngine(argv) {
  tuneEngine();
  if (argv[0] === 'query' && !argv.some((a) => a === '--list' || a === '--help' || a === '-h')) {
    early = new Worker(WORKER_URL);
    early.unref();
    // Until a store takes it, a failure to start is the store's to report (it listens from then on).
    early.on('error', () => {});
    early.once('exit', () => {
      early = undefined;
    });
  }
}

/** The worker started ahead (once), or a new one. */
export function takeWorker() {
  const w = early ?? new Worker(WORKER_URL);
  early = undefined;
  return w;
}
