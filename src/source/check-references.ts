// Checks that every reference points at an existing entry of the right kind (ids are unique: scanFacts checks that).
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import {
  SECTION_NAMES,
  type DatasetFact,
  type EntityKind,
  type Located,
  type SectionName,
  type Sections,
} from './facts.ts';
import type { IdIndex } from './id-index.ts';
import { closest } from '../closest.ts';

/** Which kinds of entry each reference field may point at, per section. A `[]` suffix marks a list. */
const REFERENCES: Record<SectionName, Record<string, readonly EntityKind[]>> = {
  sources: {},
  actors: { memberOf: ['actor'] },
  collectives: { memberOf: ['actor', 'collective'] },
  places: { 'within[]': ['place'] },
  placeRelations: { subject: ['place'], object: ['place'] },
  events: {
    partOf: ['event'],
    'bounds.in': ['event'],
    'bounds.after': ['event'],
    'bounds.before': ['event'],
    'places[]': ['place'],
    'date.relativeTo': ['event'],
    'begin.relativeTo': ['event'],
    'end.relativeTo': ['event'],
  },
  eventRelations: { subject: ['event'], object: ['event'] },
  sides: { event: ['event'] },
  participations: {
    event: ['event'],
    actor: ['actor', 'collective'],
    side: ['side'],
    commands: ['participation'],
    versionOf: ['participation'],
    'notListedBy[]': ['source'],
  },
  quantities: { about: ['participation', 'side', 'event', 'outcome'], versionOf: ['quantity'] },
  outcomes: {
    event: ['event'],
    'affects[]': ['participation', 'actor', 'collective'],
    'beneficiary[]': ['participation', 'actor', 'collective'],
    from: ['place'],
    to: ['place'],
    place: ['place'],
    versionOf: ['outcome'],
  },
  claims: {
    event: ['event'],
    subject: ['actor', 'collective', 'place', 'event', 'participation', 'side'],
    object: ['actor', 'collective', 'place', 'event', 'participation', 'side'],
    accordingTo: ['actor', 'collective', 'source'],
    versionOf: ['claim'],
  },
  mentions: { memberOf: ['actor'], 'within[]': ['place'], partOf: ['event'], 'places[]': ['place'] },
};

type Entry = Located & { id: string } & Record<string, unknown>;

/**
 * Returns every cross-reference problem of these facts: each reference must name an id of the dataset (the index
 * holds them all, whichever file defines them) of a kind the field allows.
 */
export function checkReferences(
  facts: Sections,
  ids: IdIndex,
  unmentioned: (id: string) => boolean = () => false,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const section of SECTION_NAMES) {
    for (const entry of facts[section] as unknown as Entry[]) {
      for (const [field, allowed] of Object.entries(REFERENCES[section])) {
        // Another dataset's event: checked against that dataset when it is read (foreign-events.ts).
        if (field === 'object' && section === 'eventRelations' && entry.objectDataset !== undefined) continue;
        for (const { id, key } of refsOf(entry, field)) {
          const found = checkRef(id, allowed, ids, entry, key, section);
          out.push(...found);
          if (found.length === 0 && unmentioned(id)) out.push(notMentioned(id, entry, key, section, ids));
        }
      }
    }
  }
  return out;
}

/** A register entity the dataset refers to without mentioning it (and so without a quote or a citation for it). */
function notMentioned(id: string, entry: Entry, key: string, section: string, ids: IdIndex): Diagnostic {
  const kind = ids.kind(id)!;
  const field = `${section}.${key.replace(/\.\d+$/, '')}`;
  return error(
    'E_SOURCE_MENTION',
    `expected ${quote(String(id))} in ${field} to be mentioned by the dataset (an entry \`- id: ${id}\` with its quote and citation in its ${kind === 'place' ? 'places' : `${kind}s`}), found it only in the entity register`,
    spanFor(entry, key),
  );
}

/** The dataset's primary source must be one of its sources. */
export function checkPrimarySource(dataset: DatasetFact, ids: IdIndex): Diagnostic[] {
  if (ids.kind(dataset.primarySource) === 'source') return [];
  return [unknownRef(dataset.primarySource, ['source'], ids, dataset, 'primarySource', 'dataset')];
}

function refsOf(entry: Entry, field: string): { id: string; key: string }[] {
  const isList = field.endsWith('[]');
  const path = field.replace('[]', '').split('.');
  const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], entry);
  const key = path.join('.');
  if (isList) return Array.isArray(value) ? value.map((id, i) => ({ id: String(id), key: `${key}.${i}` })) : [];
  return typeof value === 'string' ? [{ id: value, key }] : [];
}

function checkRef(
  id: string,
  allowed: readonly EntityKind[],
  ids: IdIndex,
  entry: Entry,
  key: string,
  section: string,
): Diagnostic[] {
  const kind = ids.kind(id);
  if (kind && allowed.includes(kind)) return [];
  if (!kind) return [unknownRef(id, allowed, ids, entry, key, section)];
  const field = `${section}.${key.replace(/\.\d+$/, '')}`;
  return [
    error(
      'E_SOURCE_WRONG_KIND',
      `expected the id of ${listKinds(allowed)} in ${field}, found ${quote(String(id))}, which is ${an(kind)}`,
      spanFor(entry, key),
    ),
  ];
}

function unknownRef(
  id: string,
  allowed: readonly EntityKind[],
  ids: IdIndex,
  entry: Located,
  key: string,
  section: string,
): Diagnostic {
  const near = closest(id, ids.idsOf(allowed));
  const field = `${section}.${key.replace(/\.\d+$/, '')}`;
  return error(
    'E_SOURCE_UNKNOWN_ID',
    `expected the id of ${listKinds(allowed)} in ${field}, found unknown id ${quote(String(id))}`,
    spanFor(entry, key),
    near ? `did you mean ${quote(String(near))}?` : undefined,
  );
}

export function spanFor(entry: Located, key: string) {
  return entry.spans[key] ?? entry.spans[key.split('.')[0]] ?? entry.spans[''];
}

function listKinds(kinds: readonly string[]): string {
  const words = kinds.map(an);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The kind with its article: `an actor`, `a place`, `an outcome`. */
export function an(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
