// Checks the values the schema cannot: real calendar dates, begin ≤ end, min ≤ max, whole persons, noted uncertainty.
import { describePath } from './check-schema.ts';
import { entryPath } from './locate.ts';
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import type { Sections } from './facts.ts';
import { parseDate, firstMoment, lastMoment, type CalendarDate } from './parse-date.ts';
import { spanFor } from './check-references.ts';
import { checkCuration } from './check-curation.ts';
import { checkBounds } from './check-bounds.ts';

/** Returns every value problem in the facts. */
export function checkValues(facts: Sections): Diagnostic[] {
  return [
    ...checkDates(facts),
    ...checkSourceDates(facts),
    ...checkRanges(facts),
    ...checkUncertain(facts),
    ...checkCuration(facts),
    ...checkBounds(facts),
  ];
}

function checkSourceDates(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const source of facts.sources) {
    if (source.date === undefined) continue;
    const d = parseDate(source.date);
    if ('problem' in d)
      out.push(
        error(
          'E_SOURCE_DATE',
          `expected a real calendar date at ${describePath([...entryPath(source), 'date'])}, found ${quote(String(source.date))}: ${d.problem}`,
          spanFor(source, 'date'),
        ),
      );
  }
  return out;
}

function checkDates(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const event of facts.events) {
    if (event.date !== undefined && (event.begin !== undefined || event.end !== undefined)) {
      out.push(
        error(
          'E_SOURCE_DATE',
          `expected either date or begin/end in event ${quote(String(event.id))}, found both`,
          event.spans.date,
        ),
      );
    }
    const parsed: Partial<Record<'date' | 'begin' | 'end', CalendarDate>> = {};
    for (const key of ['date', 'begin', 'end'] as const) {
      const raw = event[key];
      if (raw === undefined) continue;
      const value = typeof raw === 'object' ? raw.date : raw;
      const d = parseDate(value);
      const span = spanFor(event, typeof raw === 'object' ? `${key}.date` : key);
      if ('problem' in d)
        out.push(
          error(
            'E_SOURCE_DATE',
            `expected a real calendar date at ${describePath([...entryPath(event), key])}, found ${quote(String(value))}: ${d.problem}`,
            span,
          ),
        );
      else parsed[key] = d;
    }
    const { begin, end } = parsed;
    if (begin && end && firstMoment(begin) > lastMoment(end)) {
      out.push(
        error(
          'E_SOURCE_RANGE',
          `expected begin ≤ end in event ${quote(String(event.id))}, found begin ${begin.lexical} after end ${end.lexical}`,
          spanFor(event, 'end'),
        ),
      );
    }
  }
  return out;
}

function checkRanges(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const q of facts.quantities) {
    const hasRange = q.min !== undefined || q.max !== undefined;
    if (q.value !== undefined && hasRange) {
      out.push(
        error(
          'E_SOURCE_VALUE',
          `expected either value or min/max in quantity ${quote(String(q.id))}, found both`,
          spanFor(q, 'value'),
        ),
      );
    } else if (q.value === undefined && !hasRange) {
      out.push(
        error(
          'E_SOURCE_MISSING_FIELD',
          `expected field "value", or "min"/"max", in quantity ${quote(String(q.id))}, found none`,
          q.spans[''],
        ),
      );
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      out.push(
        error(
          'E_SOURCE_RANGE',
          `expected min ≤ max in quantity ${quote(String(q.id))}, found min ${q.min} > max ${q.max}`,
          spanFor(q, 'min'),
        ),
      );
    }
    for (const key of ['value', 'min', 'max'] as const) {
      const v = q[key];
      if ((q.unit === 'person' || q.unit === 'vehicle') && v !== undefined && !Number.isInteger(v)) {
        out.push(
          error(
            'E_SOURCE_VALUE',
            `expected a whole number of ${q.unit === 'person' ? 'persons' : 'vehicles'} at ${describePath([...entryPath(q), key])}, found ${v}`,
            spanFor(q, key),
          ),
        );
      }
    }
  }
  return out;
}

function checkUncertain(facts: Sections): Diagnostic[] {
  return [...facts.participations, ...facts.quantities]
    .filter((f) => f.assignment === 'uncertain' && !f.note)
    .map((f) =>
      error(
        'E_SOURCE_MISSING_FIELD',
        `expected a note saying why the assignment of ${quote(String(f.id))} is uncertain, found none`,
        spanFor(f, 'assignment'),
      ),
    );
}
