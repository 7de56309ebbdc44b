// Builds the shared entries of a synthetic dataset: the dataset, its sources, and pools of actors and places.
import type { Random } from './prng.ts';
import { makeName, withName } from './names.ts';
import type { Entry } from './yaml-text.ts';

export const PRIMARY_SOURCE = 'synwiki';
export const SECOND_SOURCE = 'synreport';

/** The actors an operation can draw its sides and commanders from, by type. */
export interface ActorPool {
  states: string[];
  forces: string[];
  groups: string[];
  persons: string[];
  entries: Entry[];
}

export interface PlacePool {
  regions: string[];
  towns: string[];
  entries: Entry[];
}

export function datasetEntry(id: string, seed: number): Entry {
  return {
    id,
    title: { ko: `합성 분쟁 데이터 ${seed}`, en: `Synthetic conflict dataset (seed ${seed})` },
    description: {
      ko: '벤치마크와 시험을 위한 합성 사실들.',
      en: 'Synthetic facts for benchmarks and tests; nothing here happened.',
    },
    license: 'https://creativecommons.org/publicdomain/zero/1.0/',
    primarySource: PRIMARY_SOURCE,
  };
}

export function sourceEntries(footnotes: number): Entry[] {
  const numbers = Array.from({ length: footnotes }, (_, i) => i + 1);
  return [
    {
      id: PRIMARY_SOURCE,
      title: { ko: '합성 위키 문서', en: 'Synthetic wiki article' },
      url: 'https://example.org/wiki/synthetic',
      language: 'ko',
      license: 'https://creativecommons.org/licenses/by-sa/4.0/',
      footnotes: numbers,
    },
    {
      id: SECOND_SOURCE,
      title: { ko: '합성 보고서', en: 'Synthetic field report' },
      url: 'https://example.org/report',
      language: 'en',
      footnotes: [1, 2, 3, 4],
    },
  ];
}

/** States with their armed forces, armed groups, and persons who belong to them. */
export function actorPool(random: Random, size: number): ActorPool {
  const pool: ActorPool = { states: [], forces: [], groups: [], persons: [], entries: [] };
  const add = (list: string[], entry: Entry) => {
    list.push(entry.id as string);
    pool.entries.push(entry);
  };
  const states = Math.max(2, Math.round(size / 20));
  for (let i = 1; i <= states; i++) {
    const name = makeName(random);
    add(pool.states, { id: `state-${i}`, type: 'state', label: name, englishLabel: 'romanization', cite: ['article'] });
    add(pool.forces, {
      id: `forces-${i}`,
      type: 'armed-forces',
      label: withName(name, '{} 군', '{} Armed Forces'),
      memberOf: `state-${i}`,
    });
  }
  const groups = Math.max(2, Math.round(size / 4));
  for (let i = 1; i <= groups; i++) {
    const name = makeName(random);
    const alt = random.chance(0.3) ? { ko: [`${name.ko} 여단`] } : undefined;
    add(pool.groups, {
      id: `group-${i}`,
      type: 'armed-group',
      label: withName(name, '{} 전선', '{} Front'),
      altLabels: alt,
      englishLabel: 'translation',
    });
  }
  const persons = Math.max(4, size - states * 2 - groups);
  for (let i = 1; i <= persons; i++) {
    const member = random.chance(0.5) ? random.pick(pool.groups) : random.pick(pool.forces);
    add(pool.persons, {
      id: `person-${i}`,
      type: 'person',
      label: makeName(random),
      englishLabel: 'romanization',
      memberOf: member,
    });
  }
  return pool;
}

/** Regions within a few countries, and towns within the regions. */
export function placePool(random: Random, size: number): PlacePool {
  const pool: PlacePool = { regions: [], towns: [], entries: [] };
  pool.entries.push({
    id: 'country-1',
    type: 'country',
    label: { ko: '합성국', en: 'Synthetica' },
    englishLabel: 'translation',
  });
  const regions = Math.max(2, Math.round(size / 10));
  for (let i = 1; i <= regions; i++) {
    const type = random.pick(['governorate', 'region', 'mountain-range', 'border-area'] as const);
    pool.regions.push(`region-${i}`);
    pool.entries.push({
      id: `region-${i}`,
      type,
      label: withName(makeName(random), '{} 지역', '{} region'),
      within: ['country-1'],
    });
  }
  for (let i = 1; i <= Math.max(4, size - regions - 1); i++) {
    const type = random.pick(['town', 'city', 'valley', 'hill', 'position', 'border-post', 'base', 'canyon'] as const);
    pool.towns.push(`town-${i}`);
    pool.entries.push({
      id: `town-${i}`,
      type,
      label: makeName(random),
      englishLabel: 'romanization',
      within: [random.pick(pool.regions)],
    });
  }
  return pool;
}
