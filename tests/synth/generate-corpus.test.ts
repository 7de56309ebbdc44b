// Pins the synthetic corpus: it loads through the real source stage, has the realistic mix, and is deterministic.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/synth/generate-corpus.ts';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { synth } from '../../src/cli/commands/synth.ts';
import { memoryIo } from '../helpers/memory-io.ts';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'ckg-synth-')), 'data');
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('generateCorpus', () => {
  const dir = fresh();
  const stats = generateCorpus({ events: 300, seed: 42, outDir: dir, eventsPerFile: 100 });
  const facts = loadFacts(dir);

  it('writes source facts that pass the source stage, with exactly the events asked for', () => {
    expect(stats.events).toBe(300);
    expect(facts.events).toHaveLength(300);
    expect(stats.files.slice(0, 3)).toEqual(['dataset.yaml', 'entities.yaml', 'ops-0000.yaml']);
  });

  it('mixes every section, event class, actor type and the optional forms of dates and quantities', () => {
    expect(new Set(facts.events.map((e) => e.class))).toEqual(new Set(['operation', 'phase', 'incident']));
    expect(new Set(facts.actors.map((a) => a.type))).toEqual(
      new Set(['state', 'armed-forces', 'armed-group', 'person']),
    );
    for (const section of [
      'sources',
      'places',
      'sides',
      'participations',
      'quantities',
      'outcomes',
      'claims',
    ] as const) {
      expect(facts[section].length, section).toBeGreaterThan(0);
    }
    expect(facts.participations.some((p) => p.role === 'commander' && p.commands && p.position)).toBe(true);
    expect(facts.quantities.some((q) => q.min !== undefined && q.max !== undefined)).toBe(true);
    expect(facts.quantities.some((q) => q.unit === 'km2')).toBe(true);
    expect(facts.events.some((e) => typeof e.date === 'object' && e.date.relativeTo)).toBe(true);
    expect(facts.events.some((e) => typeof e.begin === 'string' && e.begin.length === 7)).toBe(true);
    expect(facts.claims.some((c) => c.accordingTo === 'synwiki')).toBe(true);
    expect(facts.participations.some((p) => p.assignment === 'uncertain' && p.note)).toBe(true);
  });

  it('maps to about 70 triples per event', () => {
    const quads = mapFacts(facts).quads.length;
    expect(quads / 300).toBeGreaterThan(50);
    expect(quads / 300).toBeLessThan(90);
  });

  it('writes the same files for the same seed, and other files for another seed', () => {
    const again = fresh();
    generateCorpus({ events: 300, seed: 42, outDir: again, eventsPerFile: 100 });
    expect(filesOf(again)).toEqual(filesOf(dir));
    const other = fresh();
    generateCorpus({ events: 300, seed: 43, outDir: other, eventsPerFile: 100 });
    expect(filesOf(other)['ops-0000.yaml']).not.toEqual(filesOf(dir)['ops-0000.yaml']);
  });
});

describe('conflict-kg synth', () => {
  it('writes the folder and says what it wrote', async () => {
    const dir = fresh();
    const io = memoryIo();
    const code = await synth.run({ values: { events: '20', seed: '3', out: dir }, positionals: [] }, io);
    expect(code).toBe(0);
    expect(io.out.join('')).toMatch(new RegExp(`^conflict-kg synth: 20 events, \\d+ entries in 3 files → ${dir}/\\n$`));
    expect(loadFacts(dir).events).toHaveLength(20);
  });

  it('refuses an --events that is not a whole number ≥ 1', async () => {
    await expect(synth.run({ values: { events: '0' }, positionals: [] }, memoryIo())).rejects.toThrow(
      'expected --events to be a whole number ≥ 1, found "0"',
    );
    await expect(synth.run({ values: { events: '1e3' }, positionals: [] }, memoryIo())).rejects.toThrow(
      'expected --events to be a whole number ≥ 1, found "1e3"',
    );
  });
});
