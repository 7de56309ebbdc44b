// Reads references written as objects (`within: [{id: country-lebanon, inferred: {reason: …}}]`) into plain ids plus
// the entry's `qualified` list, so that every reader of `within`, `memberOf` or `places` keeps seeing ids.
import type { QualifiedRef, SectionName } from './facts.ts';

/** The reference fields, per section, that may be written as `{id, role?, inferred?, certain?, uncertainty?}`. */
export const QUALIFIABLE: Partial<Record<SectionName, readonly string[]>> = {
  actors: ['memberOf'],
  collectives: ['memberOf'],
  places: ['within'],
  events: ['places'],
};

/**
 * Rewrites, in place, each object-form reference of an entry (already checked against the JSON Schema) to its id,
 * and records the object's qualifiers in `entry.qualified`. Running it twice changes nothing.
 */
export function readQualifiedRefs(section: SectionName, entry: Record<string, unknown>): void {
  const fields = QUALIFIABLE[section];
  if (!fields || entry.qualified) return;
  const qualified: QualifiedRef[] = [];
  for (const field of fields) {
    const value = entry[field];
    if (Array.isArray(value)) {
      entry[field] = value.map((item, index) => plainId(item, field, index, qualified));
    } else if (value !== undefined) entry[field] = plainId(value, field, -1, qualified);
  }
  if (qualified.length > 0) Object.defineProperty(entry, 'qualified', { value: qualified, enumerable: false });
}

function plainId(value: unknown, field: string, index: number, out: QualifiedRef[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { id, ...rest } = value as { id: string } & Omit<QualifiedRef, 'field' | 'index' | 'id'>;
  out.push({ field, index, id, ...rest });
  return id;
}

/** The YAML field path of a qualified reference's object (`places.2`, `memberOf`), for positions. */
export function refPath(ref: QualifiedRef): string {
  return ref.index < 0 ? ref.field : `${ref.field}.${ref.index}`;
}
