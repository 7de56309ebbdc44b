// The outer bounds of each event's time: from its own dates, else from its `bounds` (in, after, before another event;
// not before, not after a date), followed through the events it is bounded by. Moments are xsd:dateTime lexicals.
import type { DateSpec, DateValue, EventFact } from './facts.ts';
import { firstMoment, lastMoment, parseDate } from './parse-date.ts';

/** The earliest moment an event can begin and the latest it can end, and whether they come from `bounds`. */
export interface OuterBounds {
  lower?: string;
  upper?: string;
  /** True when a bound comes from `bounds`, not from a date of the event itself. */
  bounded: boolean;
  /** What `bounds` alone give (checked against the event's own dates). */
  fromBounds: { lower?: string; upper?: string };
}

/** Whether an event says anything about its time: a date, an end, bounds or a duration. */
export function hasTime(e: EventFact): boolean {
  return e.date !== undefined || e.begin !== undefined || e.end !== undefined || e.bounds !== undefined;
}

/** An ISO 8601 duration as xsd:duration takes it (P3D, PT12H, P1Y2M, P1DT2H30M, PT0.5S). */
export const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/**
 * Resolves the outer bounds of every event of `events` (a batch: a bound pointing at an event outside it gives
 * nothing). The event's own begin and end win over its bounds; bounds narrow what is missing:
 * in X → X's lower and upper; after X → X's lower (X may have ended as early as it began); before X → X's upper;
 * notBefore / notAfter → the first / last moment of that date.
 */
export function resolveBounds(events: readonly EventFact[]): Map<string, OuterBounds> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const done = new Map<string, OuterBounds>();
  const visiting = new Set<string>();
  const resolve = (id: string): OuterBounds | undefined => {
    const found = done.get(id);
    if (found) return found;
    const e = byId.get(id);
    if (!e || visiting.has(id)) return undefined;
    visiting.add(id);
    const own = ownBounds(e);
    const b = e.bounds;
    const fromBounds = {
      lower: latest([
        b?.in && resolve(b.in)?.lower,
        b?.after && resolve(b.after)?.lower,
        moment(b?.notBefore, firstMoment),
      ]),
      upper: earliest([
        b?.in && resolve(b.in)?.upper,
        b?.before && resolve(b.before)?.upper,
        moment(b?.notAfter, lastMoment),
      ]),
    };
    const lower = own.lower ?? fromBounds.lower;
    const upper = own.upper ?? fromBounds.upper;
    const bounded = (lower !== undefined && lower !== own.lower) || (upper !== undefined && upper !== own.upper);
    const result = { lower, upper, bounded, fromBounds };
    visiting.delete(id);
    done.set(id, result);
    return result;
  };
  for (const e of events) resolve(e.id);
  return done;
}

/** The bounds from the event's own dates only. */
export function ownBounds(e: EventFact): { lower?: string; upper?: string } {
  const begin = e.date ?? e.begin;
  const end = e.date ?? e.end;
  return { lower: moment(dateOf(begin), firstMoment), upper: moment(dateOf(end), lastMoment) };
}

function dateOf(raw: DateValue | DateSpec | undefined): DateValue | undefined {
  return typeof raw === 'object' ? raw.date : raw;
}

function moment(value: DateValue | undefined, at: typeof firstMoment): string | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  return 'problem' in d ? undefined : at(d);
}

// Moments of this form (four-digit years) compare as strings.
function latest(values: (string | undefined | false | '')[]): string | undefined {
  return values
    .filter((v): v is string => !!v)
    .sort()
    .pop();
}

function earliest(values: (string | undefined | false | '')[]): string | undefined {
  return values.filter((v): v is string => !!v).sort()[0];
}
