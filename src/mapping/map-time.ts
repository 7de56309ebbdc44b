// Maps an event's dates to a CRM time-span with OWL-Time instants that keep each date's precision and wording.
import type { NamedNode } from 'n3';
import {
  type CalendarDate,
  type DateSpec,
  type DateValue,
  type EventFact,
  firstMoment,
  lastMoment,
  type OuterBounds,
  parseDate,
  resolveBounds,
} from '../source/index.ts';
import { ckg, crm, rdf, sem, time, xsd, PRECISION_UNIT } from '../vocab.ts';
import { addConcept, type MapScope } from './map-scope.ts';
import { ko, typed } from './emitter.ts';
import { instantLabel, timeSpanLabel } from './resource-labels.ts';

const DATATYPE = { day: xsd.date, month: xsd.gYearMonth, year: xsd.gYear } as const;
const INXSD = { day: time.inXSDDate, month: time.inXSDgYearMonth, year: time.inXSDgYear } as const;

/** The literal of a date at its precision: `"2014-08"^^xsd:gYearMonth`. */
export function dateLiteral(d: CalendarDate) {
  return typed(d.lexical, DATATYPE[d.precision]);
}

/**
 * Emits `timespan:<id>` and its instants; its OWL-Time relations to the spans that bound it and its outer bounds
 * (a ckg:BoundedTimeSpan when they come from those bounds, not from a date); its xsd:duration. Nothing when the
 * source gives no time at all.
 */
export function mapTimeSpan(scope: MapScope, event: NamedNode, e: EventFact): void {
  const ends = e.date !== undefined ? { begin: e.date, end: e.date } : { begin: e.begin, end: e.end };
  if (ends.begin === undefined && ends.end === undefined && !e.bounds && !e.duration) return;
  const span = scope.mint('timespan', e.id);
  const { out } = scope;
  out.origin(span, e.spans['']);
  out.types(span, [ckg.TimeSpan, crm['E52_Time-Span'], time.ProperInterval]);
  out.labels(span, timeSpanLabel(e.label));
  out.add(event, crm['P4_has_time-span'], span);
  if (e.duration) out.add(span, time.hasXSDDuration, typed(e.duration, xsd.duration));
  if (e.bounds) mapBounds(scope, span, e);
  const single = e.date !== undefined;
  // A single date is one instant, both the beginning and the end: described once.
  const begin = ends.begin === undefined ? undefined : instant(scope, e, single ? 'date' : 'begin', ends.begin);
  const end = single ? begin : ends.end === undefined ? undefined : instant(scope, e, 'end', ends.end);
  if (begin) {
    out.add(span, time.hasBeginning, begin.node);
    out.add(span, crm.P82a_begin_of_the_begin, typed(firstMoment(begin.date), xsd.dateTime));
    out.add(event, sem.hasBeginTimeStamp, dateLiteral(begin.date));
  }
  if (end) {
    out.add(span, time.hasEnd, end.node);
    out.add(span, crm.P82b_end_of_the_end, typed(lastMoment(end.date), xsd.dateTime));
    out.add(event, sem.hasEndTimeStamp, dateLiteral(end.date));
  }
  if (single && begin) out.add(event, sem.hasTimeStamp, dateLiteral(begin.date));
}

const BOUND_RELATION = { in: time.intervalIn, after: time.intervalAfter, before: time.intervalBefore } as const;

/** The bounds of an event the source does not date (or dates at one end only), kept apart from its dates. */
function mapBounds(scope: MapScope, span: NamedNode, e: EventFact): void {
  const { out } = scope;
  for (const key of ['in', 'after', 'before'] as const) {
    const other = e.bounds?.[key];
    if (other) out.add(span, BOUND_RELATION[key], scope.mint('timespan', other));
  }
  const b = boundsOf(scope).get(e.id);
  if (!b?.bounded) return;
  out.add(span, rdf.type, ckg.BoundedTimeSpan);
  const own = ownDates(e);
  if (b.lower && !own.begin) out.add(span, crm.P82a_begin_of_the_begin, typed(b.lower, xsd.dateTime));
  if (b.upper && !own.end) out.add(span, crm.P82b_end_of_the_end, typed(b.upper, xsd.dateTime));
}

function ownDates(e: EventFact) {
  return { begin: e.date ?? e.begin, end: e.date ?? e.end };
}

const BOUNDS = new WeakMap<object, Map<string, OuterBounds>>();

/** The outer bounds of the events of the mapped facts, resolved once per batch. */
function boundsOf(scope: MapScope): Map<string, OuterBounds> {
  let found = BOUNDS.get(scope.facts.events);
  if (!found) {
    found = resolveBounds(scope.facts.events);
    BOUNDS.set(scope.facts.events, found);
  }
  return found;
}

function instant(scope: MapScope, e: EventFact, suffix: 'begin' | 'end' | 'date', raw: DateValue | DateSpec) {
  const spec: DateSpec = typeof raw === 'object' ? raw : { date: raw };
  const date = asDate(spec);
  const node = scope.mint('timespan', `${e.id}-${suffix}`);
  const { out } = scope;
  out.origin(node, e.spans[suffix] ?? e.spans['']);
  out.types(node, [ckg.Instant, time.Instant]);
  out.labels(node, instantLabel(e.label, suffix, date.lexical));
  out.add(node, INXSD[date.precision], dateLiteral(date));
  out.add(node, ckg.precision, PRECISION_UNIT[date.precision]);
  if (spec.expression) out.add(node, ckg.dateExpression, ko(spec.expression));
  if (spec.relativeTo) out.add(node, ckg.resolvedRelativeTo, scope.iri(spec.relativeTo));
  addConcept(scope, node, ckg.timeOfDay, 'time-of-day', spec.timeOfDay);
  return { node, date };
}

function asDate(raw: DateValue | DateSpec): CalendarDate {
  const d = parseDate(typeof raw === 'object' ? raw.date : raw);
  if ('problem' in d) throw new Error(`mapping: unchecked date (${d.problem})`);
  return d;
}
