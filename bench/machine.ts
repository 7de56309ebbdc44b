// The machine a benchmark ran on, for its result file: CPU, cores, memory, Node, and how busy it was.
import { cpus, loadavg, totalmem } from 'node:os';

/** Call at the start of the runs; `describe()` at the end gives the machine with its load average then and now. */
export function watchMachine() {
  const before = loadavg()[0]!;
  return {
    describe: () => ({
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
      /** The 1-minute load average before and after the runs: other jobs on the machine (2 cores: 2 means busy). */
      loadAverage: [before, loadavg()[0]!].map((l) => Math.round(l * 100) / 100),
    }),
  };
}
