// Builds one synthetic military operation: its phases and incidents, with dates, places, notes, quotes and citations.
import type { Random } from './prng.ts';
import { makeName, withName } from './names.ts';
import { addDays, dayIn1990s2010s } from './dates.ts';
import type { Entry } from './yaml-text.ts';
import { SECOND_SOURCE } from './build-entities.ts';

export interface OperationPlan {
  id: string;
  war: string;
  /** How many events of the operation (the operation itself, its phases and incidents); at least 1. */
  events: number;
  footnotes: number;
  regions: string[];
  towns: string[];
}

export interface Incident {
  id: string;
  type: string;
  date: string;
}

export interface OperationEvents {
  entries: Entry[];
  incidents: Incident[];
  begin: string;
  end: string;
}

const INCIDENT_TYPES = [
  'capture',
  'attack',
  'advance',
  'siege',
  'announcement',
  'ceasefire-agreement',
  'surrender',
  'withdrawal',
  'battle',
  'takeover',
] as const;
const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;

/** A cite list: mostly footnotes of the primary source, sometimes the article or another source's footnote. */
export function cites(random: Random, footnotes: number): (number | string)[] {
  const out: (number | string)[] = [random.int(1, footnotes)];
  if (random.chance(0.2)) out.push('article');
  if (random.chance(0.1)) out.push(`${SECOND_SOURCE}#${random.int(1, 4)}`);
  if (random.chance(0.05)) out.push(SECOND_SOURCE);
  return out;
}

export function buildOperation(random: Random, plan: OperationPlan): OperationEvents {
  const name = makeName(random);
  const begin = dayIn1990s2010s(random.next());
  const end = addDays(begin, random.int(20, 90));
  const op: Entry = {
    id: plan.id,
    class: 'operation',
    type: 'military-offensive',
    label: withName(name, '{} 공세', '{} offensive'),
    partOf: plan.war,
    begin: random.chance(0.2) ? begin.slice(0, 7) : begin,
    end: random.chance(0.15) ? undefined : end,
    places: random.sample(plan.regions, random.int(1, 2)),
    note: random.chance(0.3) ? "Dates are the infobox's." : undefined,
    quote: `${name.ko} 공세`,
    cite: cites(random, plan.footnotes),
  };
  const entries: Entry[] = [op];
  const phases = Math.min(2, plan.events - 1);
  const middle = addDays(begin, 10);
  for (let k = 1; k <= phases; k++) {
    entries.push({
      id: `${plan.id}-phase-${k}`,
      class: 'phase',
      type: 'campaign-phase',
      label: withName(name, `{} ${k}차 전역`, `{} campaign, phase ${k}`),
      partOf: plan.id,
      ordinal: k,
      begin: k === 1 ? begin : addDays(middle, 1),
      end: k === 1 ? middle : undefined,
      cite: cites(random, plan.footnotes),
    });
  }
  const incidents = buildIncidents(random, plan, entries, { begin, phases, middle });
  return { entries, incidents, begin, end };
}

function buildIncidents(
  random: Random,
  plan: OperationPlan,
  out: Entry[],
  at: { begin: string; phases: number; middle: string },
): Incident[] {
  const incidents: Incident[] = [];
  let date = at.begin;
  for (let k = 1; out.length < plan.events; k++) {
    const id = `${plan.id}-inc-${k}`;
    const type = random.pick(INCIDENT_TYPES);
    const step = random.int(0, 3);
    const previous = incidents[incidents.length - 1];
    date = addDays(date, step);
    const relative = previous && step === 1 && random.chance(0.5);
    const when = relative
      ? { date, expression: '다음 날', relativeTo: previous.id }
      : random.chance(0.15)
        ? { date, timeOfDay: random.pick(TIMES_OF_DAY) }
        : date;
    const town = makeName(random);
    const parent = at.phases === 0 ? plan.id : `${plan.id}-phase-${at.phases === 2 && date > at.middle ? 2 : 1}`;
    out.push({
      id,
      class: 'incident',
      type,
      label: withName(town, `{} ${type === 'capture' ? '점령' : '전투'}`, `${type} at {}`),
      partOf: parent,
      date: when,
      places: random.sample(plan.towns, random.int(1, 2)),
      note: random.chance(0.1) ? 'The source gives the place only approximately.' : undefined,
      quote: random.chance(0.6) ? `${town.ko}에서` : undefined,
      cite: cites(random, plan.footnotes),
    });
    incidents.push({ id, type, date });
  }
  return incidents;
}
