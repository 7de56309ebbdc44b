// Reads an operation's phases and incidents, with their dates at their precision, out of the graph.
import type { Term } from 'n3';
import { ckg, sem, xsd } from '../vocab.ts';
import type { GraphIndex } from './graph-index.ts';
import type { Labels } from './names.ts';

export type Precision = 'day' | 'month' | 'year';

/** A date as the days it may stand for: a day is one day, a month-precision date its whole month. */
export interface DateSpan {
  text: string;
  precision: Precision;
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  first: number;
  last: number;
}

export interface TimelineRow {
  iri: string;
  kind: 'operation' | 'phase' | 'incident';
  labels: Labels;
  /** A single date (`sem:hasTimeStamp`), or the begin and end the source gives (either may be missing). */
  begin?: DateSpan;
  end?: DateSpan;
  /** The phase the row falls under, for incidents. */
  phase?: string;
}

const DAY_MS = 86_400_000;

/** Parses an `xsd:date`, `xsd:gYearMonth` or `xsd:gYear` literal into the days it covers; undefined otherwise. */
export function dateSpan(term: Term | undefined): DateSpan | undefined {
  if (term?.termType !== 'Literal') return undefined;
  const dt = (term as Term & { datatype: { value: string } }).datatype.value;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(term.value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  if (dt === xsd.date.value && m[3]) return span(term.value, 'day', Date.UTC(y, mo - 1, d), Date.UTC(y, mo - 1, d));
  if (dt === xsd.gYearMonth.value && m[2]) return span(term.value, 'month', Date.UTC(y, mo - 1, 1), Date.UTC(y, mo, 0));
  if (dt === xsd.gYear.value) return span(term.value, 'year', Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
  return undefined;
}

function span(text: string, precision: Precision, from: number, to: number): DateSpan {
  return { text, precision, first: Math.round(from / DAY_MS), last: Math.round(to / DAY_MS) };
}

/** The day number as `YYYY-MM-DD`. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The rows of an operation's timeline: the operation, then each phase (by `ckg:ordinal`) followed by its incidents
 * in date order, then incidents that belong to no phase.
 */
export function collectTimeline(operation: string, index: GraphIndex): TimelineRow[] {
  const rows: TimelineRow[] = [row(operation, 'operation', index)];
  const children = subEvents(operation, index);
  const phases = children
    .filter((e) => index.types(e).includes(ckg.Phase.value))
    .sort((a, b) => ordinal(a, index) - ordinal(b, index) || a.localeCompare(b));
  for (const phase of phases) {
    rows.push(row(phase, 'phase', index));
    rows.push(...byDate(allIncidents(phase, index).map((e) => ({ ...row(e, 'incident', index), phase }))));
  }
  const loose = children.filter((e) => !phases.includes(e)).flatMap((e) => [e, ...allIncidents(e, index)]);
  rows.push(...byDate(loose.map((e) => row(e, 'incident', index))));
  return rows;
}

function row(iri: string, kind: TimelineRow['kind'], index: GraphIndex): TimelineRow {
  const one = (p: Term) => dateSpan(index.values(iri, p)[0]);
  const at = one(sem.hasTimeStamp);
  const r: TimelineRow = { iri, kind, labels: index.labels(iri) };
  const begin = at ?? one(sem.hasBeginTimeStamp);
  const end = at ?? one(sem.hasEndTimeStamp);
  if (begin) r.begin = begin;
  if (end) r.end = end;
  return r;
}

function subEvents(iri: string, index: GraphIndex): string[] {
  const viaChild = index.store.getSubjects(sem.subEventOf, iri, null).map((t) => t.value);
  const viaParent = index.values(iri, sem.hasSubEvent).map((t) => t.value);
  return [...new Set([...viaChild, ...viaParent])].sort();
}

function allIncidents(iri: string, index: GraphIndex, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const e of subEvents(iri, index)) {
    if (seen.has(e)) continue;
    seen.add(e);
    out.push(e, ...allIncidents(e, index, seen));
  }
  return out;
}

function ordinal(iri: string, index: GraphIndex): number {
  const v = index.values(iri, ckg.ordinal)[0];
  return v ? Number(v.value) : Number.MAX_SAFE_INTEGER;
}

function byDate(rows: TimelineRow[]): TimelineRow[] {
  const key = (r: TimelineRow) => r.begin?.first ?? r.end?.first ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => key(a) - key(b) || a.iri.localeCompare(b.iri));
}

/** Whether a resource is a military operation (the pages that get a timeline). */
export function isOperation(iri: string, index: GraphIndex): boolean {
  return index.types(iri).includes(ckg.MilitaryOperation.value);
}
