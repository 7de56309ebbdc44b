// Checks that ids are unique and that every reference points at an existing entry of the right kind.
import { error, type Diagnostic } from '../diagnostics.ts';
import { SECTION_KIND, SECTION_NAMES, type EntityKind, type Facts, type Located, type SectionName } from './facts.ts';
import { closest } from './closest.ts';

/** Which kinds of entry each reference field may point at, per section. A `[]` suffix marks a list. */
const REFERENCES: Record<SectionName, Record<string, readonly EntityKind[]>> = {
  sources: {},
  actors: { memberOf: ['actor'] },
  places: { 'within[]': ['place'] },
  events: { partOf: ['event'], 'places[]': ['place'], 'date.relativeTo': ['event'], 'begin.relativeTo': ['event'], 'end.relativeTo': ['event'] },
  sides: { event: ['event'] },
  participations: { event: ['event'], actor: ['actor'], side: ['side'], commands: ['participation'] },
  quantities: { about: ['participation', 'side', 'event', 'outcome'] },
  outcomes: {
    event: ['event'], 'affects[]': ['participation', 'actor'], 'beneficiary[]': ['participation', 'actor'],
    from: ['place'], to: ['place'], place: ['place'],
  },
  claims: {
    event: ['event'], subject: ['actor', 'place', 'event', 'participation', 'side'],
    object: ['actor', 'place', 'event', 'participation', 'side'], accordingTo: ['actor', 'source'],
  },
};

type Entry = Located & { id: string } & Record<string, unknown>;

/** Returns every cross-reference problem in the facts (an empty list when they hold together). */
export function checkReferences(facts: Facts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const kinds = indexIds(facts, out);
  for (const section of SECTION_NAMES) {
    for (const entry of facts[section] as unknown as Entry[]) {
      for (const [field, allowed] of Object.entries(REFERENCES[section])) {
        for (const { id, key } of refsOf(entry, field)) out.push(...checkRef(id, allowed, kinds, entry, key, section));
      }
    }
  }
  const primary = kinds.get(facts.dataset.primarySource);
  if (primary !== 'source') {
    out.push(unknownRef(facts.dataset.primarySource, ['source'], kinds, facts.dataset, 'primarySource', 'dataset'));
  }
  return out;
}

function indexIds(facts: Facts, out: Diagnostic[]): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  const first = new Map<string, Entry>();
  for (const section of SECTION_NAMES) {
    for (const entry of facts[section] as unknown as Entry[]) {
      const seen = first.get(entry.id);
      if (seen) {
        // Spans are looked up here only, on a duplicate: reading one costs a parse of the file for positions.
        const at = seen.spans['id'] ?? seen.spans[''];
        const where = `${at.file}:${at.line}:${at.column}`;
        out.push(error('E_SOURCE_DUPLICATE_ID', `expected a unique id, found "${entry.id}" again (first defined at ${where})`, entry.spans['id'] ?? entry.spans['']));
        continue;
      }
      kinds.set(entry.id, SECTION_KIND[section]);
      first.set(entry.id, entry);
    }
  }
  return kinds;
}

function refsOf(entry: Entry, field: string): { id: string; key: string }[] {
  const isList = field.endsWith('[]');
  const path = field.replace('[]', '').split('.');
  const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], entry);
  const key = path.join('.');
  if (isList) return Array.isArray(value) ? value.map((id, i) => ({ id: String(id), key: `${key}.${i}` })) : [];
  return typeof value === 'string' ? [{ id: value, key }] : [];
}

function checkRef(id: string, allowed: readonly EntityKind[], kinds: Map<string, EntityKind>, entry: Entry, key: string, section: string): Diagnostic[] {
  const kind = kinds.get(id);
  if (kind && allowed.includes(kind)) return [];
  if (!kind) return [unknownRef(id, allowed, kinds, entry, key, section)];
  const field = `${section}.${key.replace(/\.\d+$/, '')}`;
  return [error('E_SOURCE_WRONG_KIND', `expected the id of ${listKinds(allowed)} in ${field}, found "${id}", which is ${an(kind)}`, spanFor(entry, key))];
}

function unknownRef(id: string, allowed: readonly EntityKind[], kinds: Map<string, EntityKind>, entry: Located, key: string, section: string): Diagnostic {
  const candidates = [...kinds].filter(([, k]) => allowed.includes(k)).map(([i]) => i);
  const near = closest(id, candidates);
  const field = `${section}.${key.replace(/\.\d+$/, '')}`;
  return error('E_SOURCE_UNKNOWN_ID', `expected the id of ${listKinds(allowed)} in ${field}, found unknown id "${id}"`, spanFor(entry, key), near ? `did you mean "${near}"?` : undefined);
}

export function spanFor(entry: Located, key: string) {
  return entry.spans[key] ?? entry.spans[key.split('.')[0]] ?? entry.spans[''];
}

function listKinds(kinds: readonly string[]): string {
  const words = kinds.map(an);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function an(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

