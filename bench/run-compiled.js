// What bin/conflict-kg.js runs when build/ is up to date, without its check of src/'s modification times (a few
// milliseconds): bench:cli times the compiled CLI with it even while someone is editing src/ (the bin would then
// fall back to tsx, and the figures would be tsx's).
import { run, tuneProcess } from '../build/cli/main.js';

tuneProcess();
process.exitCode = await run(process.argv.slice(2));
