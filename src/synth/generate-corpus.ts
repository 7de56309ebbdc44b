// Writes a deterministic synthetic dataset folder (real YAML format) of N events, file by file in bounded memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from './prng.ts';
import { actorPool, datasetEntry, placePool, sourceEntries, type ActorPool, type PlacePool } from './build-entities.ts';
import { buildOperation } from './build-operation.ts';
import { buildParticipants } from './build-participants.ts';
import { YAML_HEADER, yamlMapping, yamlSection, type Entry } from './yaml-text.ts';

export interface CorpusOptions {
  /** How many events (operations, phases, incidents and the wars they belong to); at least 1. */
  events: number;
  seed: number;
  /** The dataset folder to write (created if missing). */
  outDir: string;
  /** Events per operation file (default 1,000). */
  eventsPerFile?: number;
  /** Called after each file is written, with the events written so far (the CLI shows progress on a terminal). */
  onProgress?: (progress: { events: number; totalEvents: number; files: number }) => void;
}

export interface CorpusStats {
  files: string[];
  events: number;
  entries: number;
}

const EVENTS_PER_OPERATION = 12;
const SECTIONS = ['sides', 'participations', 'quantities', 'outcomes', 'claims'] as const;

/** Generates the corpus: `dataset.yaml` (dataset, sources), `entities.yaml` (actors, places), `ops-NNNN.yaml`. */
export function generateCorpus(options: CorpusOptions): CorpusStats {
  const random = createRandom(options.seed);
  const footnotes = Math.min(300, 10 + Math.ceil(options.events / 20));
  const actors = actorPool(random, Math.max(12, Math.ceil(options.events / 8)));
  const places = placePool(random, Math.max(12, Math.ceil(options.events / 4)));
  const wars = Math.max(1, Math.min(5, Math.floor(options.events / 200)));
  mkdirSync(options.outDir, { recursive: true });
  const stats: CorpusStats = { files: [], events: 0, entries: 0 };
  const write = (name: string, text: string, entries: number) => {
    writeFileSync(join(options.outDir, name), YAML_HEADER + text);
    stats.files.push(name);
    stats.entries += entries;
    options.onProgress?.({ events: stats.events, totalEvents: options.events, files: stats.files.length });
  };
  const datasetId = `synthetic-${options.seed}`;
  write(
    'dataset.yaml',
    yamlMapping('dataset', datasetEntry(datasetId, options.seed)) + yamlSection('sources', sourceEntries(footnotes)),
    2,
  );
  write(
    'entities.yaml',
    yamlSection('actors', actors.entries) + yamlSection('places', places.entries),
    actors.entries.length + places.entries.length,
  );
  const warEntries = warEvents(random, wars, places);
  stats.events = warEntries.length;
  writeOperations(random, options, { footnotes, actors, places, wars: warEntries }, stats, write);
  return stats;
}

function warEvents(random: Random, count: number, places: PlacePool): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `war-${i + 1}`,
    class: 'operation',
    type: 'armed-conflict',
    label: { ko: `합성 전쟁 ${i + 1}`, en: `Synthetic war ${i + 1}` },
    places: [random.pick(places.regions)],
    cite: ['article'],
  }));
}

interface Pools {
  footnotes: number;
  actors: ActorPool;
  places: PlacePool;
  wars: Entry[];
}

function writeOperations(
  random: Random,
  options: CorpusOptions,
  pools: Pools,
  stats: CorpusStats,
  write: (name: string, text: string, entries: number) => void,
): void {
  const perFile = options.eventsPerFile ?? 1000;
  let file: Record<string, Entry[]> = { events: pools.wars.slice() };
  let index = 0;
  const flush = () => {
    const text = ['events', ...SECTIONS].map((s) => yamlSection(s, file[s] ?? [])).join('');
    write(
      `ops-${String(index++).padStart(4, '0')}.yaml`,
      text,
      Object.values(file).reduce((n, l) => n + l.length, 0),
    );
    file = { events: [] };
  };
  for (let k = 1; stats.events < options.events; k++) {
    const events = Math.min(EVENTS_PER_OPERATION, options.events - stats.events);
    const op = `op-${k}`;
    const plan = {
      id: op,
      war: random.pick(pools.wars).id as string,
      events,
      footnotes: pools.footnotes,
      regions: pools.places.regions,
      towns: pools.places.towns,
    };
    const built = buildOperation(random, plan);
    const people = buildParticipants(random, {
      op,
      footnotes: pools.footnotes,
      incidents: built.incidents,
      actors: pools.actors,
      towns: pools.places.towns,
    });
    file.events.push(...built.entries);
    for (const s of SECTIONS) {
      file[s] ??= [];
      file[s].push(...people[s]);
    }
    stats.events += events;
    if (file.events.length >= perFile) flush();
  }
  if (file.events.length > 0) flush();
}
