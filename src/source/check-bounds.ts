// Checks what events say of their time besides dates: durations, bounds that can hold, relations' gaps.
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import type { Sections } from './facts.ts';
import { describePath } from './check-schema.ts';
import { entryPath } from './locate.ts';
import { spanFor } from './check-references.ts';
import { parseDate } from './parse-date.ts';
import { DURATION, hasTime, ownBounds, resolveBounds } from './time-bounds.ts';

/** Returns every problem of durations, gaps and bounds in the facts. */
export function checkBounds(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  const durations = [
    ...facts.events.map((e) => ({ entry: e, key: 'duration', value: e.duration })),
    ...facts.eventRelations.map((r) => ({ entry: r, key: 'gap', value: r.gap })),
  ];
  for (const { entry, key, value } of durations)
    if (value !== undefined && !DURATION.test(value))
      out.push(
        error(
          'E_SOURCE_VALUE',
          `expected an xsd:duration (ISO 8601, e.g. P3D for three days) at ${describePath([...entryPath(entry), key])}, found ${quote(value)}`,
          spanFor(entry, key),
        ),
      );
  for (const r of facts.eventRelations)
    if (r.gap !== undefined && r.relation !== 'follows' && r.relation !== 'precedes')
      out.push(
        error(
          'E_SOURCE_VALUE',
          `expected a gap only on a follows or precedes relation in ${quote(r.id)}, found one on ${quote(r.relation)}`,
          spanFor(r, 'gap'),
        ),
      );
  out.push(...boundProblems(facts));
  return out;
}

function boundProblems(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(facts.events.map((e) => [e.id, e]));
  const resolved = resolveBounds(facts.events);
  for (const e of facts.events) {
    if (!e.bounds) continue;
    const where = describePath([...entryPath(e), 'bounds']);
    for (const key of ['notBefore', 'notAfter'] as const) {
      const raw = e.bounds[key];
      const d = raw === undefined ? undefined : parseDate(raw);
      if (d && 'problem' in d)
        out.push(
          error(
            'E_SOURCE_DATE',
            `expected a real calendar date at ${where}.${key}, found ${quote(String(raw))}: ${d.problem}`,
            spanFor(e, `bounds.${key}`),
          ),
        );
    }
    for (const key of ['in', 'after', 'before'] as const) {
      const target = e.bounds[key] === undefined ? undefined : byId.get(e.bounds[key]!);
      if (target && !hasTime(target))
        out.push(
          error(
            'E_SOURCE_VALUE',
            `expected the event of ${where}.${key} to be dated or bounded, found ${quote(target.id)} with neither (a bound by it says nothing)`,
            spanFor(e, `bounds.${key}`),
          ),
        );
    }
    const own = ownBounds(e);
    const { lower, upper } = resolved.get(e.id)?.fromBounds ?? {};
    const clash =
      lower && own.upper && lower > own.upper
        ? `its lower bound ${lower} after its own end ${own.upper}`
        : upper && own.lower && upper < own.lower
          ? `its upper bound ${upper} before its own begin ${own.lower}`
          : lower && upper && lower > upper
            ? `its lower bound ${lower} after its upper bound ${upper}`
            : undefined;
    if (clash)
      out.push(
        error(
          'E_SOURCE_RANGE',
          `expected the bounds of event ${quote(e.id)} to leave room for it, found ${clash}`,
          spanFor(e, 'bounds'),
        ),
      );
  }
  return out;
}
