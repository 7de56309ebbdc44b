// npm run fuzz:validator -- --cases 20000 --seed 7 [--whole-graph] [--case N]: the differential fuzz's long mode.
import { parseArgs } from 'node:util';
import { runFuzz } from './run-fuzz.ts';
import { formatDisagreement, formatSummary } from './format-fuzz.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    case: { type: 'string' },
    'whole-graph': { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const single = values.case === undefined ? undefined : Number(values.case);
const started = performance.now();
const summary = await runFuzz({
  seed,
  cases: single === undefined ? Number(values.cases) : 1,
  first: single ?? 0,
  wholeGraph: values['whole-graph'],
  onDisagreement: (c, j) => console.log(`${formatDisagreement(c, j)}\n`),
  onProgress: (done) => {
    if (done % 1000 === 0) console.error(`${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(
  `differential fuzz, seed ${seed}, ${values['whole-graph'] ? 'whole graph' : 'neighbourhood of the mutations'}\n`,
);
console.log(formatSummary(summary));
console.log(`\n${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(summary.cases, 1)).toFixed(1)} ms per case)`);
process.exitCode = summary.disagreements.length > 0 ? 1 : 0;
