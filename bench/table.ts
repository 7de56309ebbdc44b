// Formats benchmark rows as an aligned text table.

export interface BenchRow {
  target: number;
  triples: number;
  /** Runs of export and ceiling, alternated; times are medians. */
  runs: number;
  /** Stage milliseconds; with a writer thread, the writers' stages and `handoff` overlap the others. */
  stages: Record<'load' | 'map' | 'validate' | 'turtle' | 'ntriples' | 'jsonld', number> & { handoff?: number };
  exportMs: number;
  ceilingMs: number;
  ratio: number;
  /** The lowest and highest ratio of one export run to the ceiling run after it. */
  ratioRange: [number, number];
  loadPeakMiB: number;
  /** Ids in the index, and the live heap after pass 1 (index, shapes, code) in MiB. */
  ids: number;
  indexMiB: number;
  /** The largest live heap sampled in the partition loop (MiB), and the resources in the type index at the end. */
  loopLiveMiB: number;
  typedResources: number;
  exportPeakMiB: number;
  ceilingPeakMiB: number;
  /** Whether the export wrote in a writer thread (absent in results from before it had one). */
  writerThread?: boolean;
}

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

/** One line per size: stage seconds, export and ceiling seconds, their ratio (also without the load stage), peak memory (MiB). */
export function formatTable(rows: readonly BenchRow[]): string {
  const head = [
    'triples',
    'writer',
    'runs',
    'load s',
    'map s',
    'validate s',
    'turtle s',
    'ntriples s',
    'jsonld s',
    'handoff s',
    'export s',
    'ceiling s',
    'ratio',
    'range',
    'w/o load',
    'ids',
    'index MiB',
    'typed',
    'loop live MiB',
    'load MiB',
    'export MiB',
    'ceiling MiB',
  ];
  const body = rows.map((r) => [
    r.triples.toLocaleString('en'),
    r.writerThread ? 'thread' : 'inline',
    String(r.runs),
    s(r.stages.load),
    s(r.stages.map),
    s(r.stages.validate),
    s(r.stages.turtle),
    s(r.stages.ntriples),
    s(r.stages.jsonld),
    r.writerThread ? s(r.stages.handoff ?? 0) : '–',
    s(r.exportMs),
    s(r.ceilingMs),
    `${r.ratio.toFixed(2)}×`,
    r.runs > 1 ? `${r.ratioRange[0].toFixed(2)}–${r.ratioRange[1].toFixed(2)}×` : '',
    `${((r.exportMs - r.stages.load) / r.ceilingMs).toFixed(2)}×`,
    r.ids.toLocaleString('en'),
    String(r.indexMiB),
    r.typedResources.toLocaleString('en'),
    String(r.loopLiveMiB),
    String(r.loadPeakMiB),
    String(r.exportPeakMiB),
    String(r.ceilingPeakMiB),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
