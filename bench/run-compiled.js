// What bin/conflict-kg.js runs when build/ is up to date, without its check of src/'s modification times (a few
// milliseconds): bench:cli times the compiled CLI with it even while someone is editing src/ (the bin would then
// fall back to tsx, and the figures would be tsx's).
import { startEngine } from '../build/query/engine-start.js';

const argv = process.argv.slice(2);
startEngine(argv);
const { run } = await import('../build/cli/main.js');
process.exitCode = await run(argv);
