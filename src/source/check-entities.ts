// The two roles of an actor, place or event entry: a definition (it has a type or a class) or a mention of an entity
// of the shared register (only an id, with what the dataset says about it); and what the register may hold.
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import { MENTION_KIND } from './facts.ts';
import type { YamlFile } from './read-yaml.ts';

export type MentionSection = keyof typeof MENTION_KIND;

type Entry = Record<string, unknown>;

/** How a dataset knows what it says of an entity (issue 15): the curator's inference, a doubt. */
const QUALIFIER_FIELDS = ['inferred', 'certain', 'uncertainty'];

/** The fields a mention may give: what a dataset says about a register entity. */
const MENTION_FIELDS: Record<MentionSection, readonly string[]> = {
  actors: ['id', 'quote', 'quotes', 'cite', 'note', 'altLabels', 'memberOf', ...QUALIFIER_FIELDS],
  places: ['id', 'quote', 'quotes', 'cite', 'note', 'altLabels', 'within', ...QUALIFIER_FIELDS],
  events: ['id', 'quote', 'quotes', 'cite', 'note', 'altLabels', 'partOf', 'places', ...QUALIFIER_FIELDS],
};

/**
 * The fields a definition must give (the schema requires only the id, as a mention has nothing else). An event's
 * `cite` — or, instead, `inferred` — is checked with every other fact's, in pass 2 (check-curation.ts).
 */
const DEFINITION_FIELDS: Record<MentionSection, readonly string[]> = {
  actors: ['type', 'label'],
  places: ['type', 'label'],
  events: ['class', 'type', 'label'],
};

/** The fields only a definition gives (a mention has its label, links and geometry from the register). */
const DEFINITION_ONLY = ['type', 'class', 'label', 'englishLabel', 'links', 'geometry'];

/** The fields of a definition that belong to a dataset (its sources and its facts), not to the shared register. */
const DATASET_FIELDS = [
  'quote',
  'quotes',
  'cite',
  'memberOf',
  'within',
  'partOf',
  'ordinal',
  'date',
  'begin',
  'end',
  'places',
  'bounds',
  'duration',
];

export function isMentionSection(section: string): section is MentionSection {
  return section in MENTION_KIND;
}

/** A mention has neither a type nor a class: it only names a register entity. */
export function isMention(entry: Entry): boolean {
  return entry.type === undefined && entry.class === undefined;
}

/** The problems of an entry of a dataset file: a mention with a definition's fields, or a definition missing one. */
export function checkDatasetEntry(section: MentionSection, entry: Entry, yaml: YamlFile, at: number): Diagnostic[] {
  const path = [section, at];
  if (isMention(entry)) {
    const extra = Object.keys(entry).filter((k) => !MENTION_FIELDS[section].includes(k));
    // An entry that gives a definition's fields is a definition without its type: say that, once.
    if (extra.some((k) => DEFINITION_ONLY.includes(k)))
      return [
        error(
          'E_SOURCE_MISSING_FIELD',
          `expected field "${DEFINITION_FIELDS[section][0]}" in ${section}[${at}], found none`,
          yaml.spanOf(path, 'key'),
        ),
      ];
    return extra.map((k) =>
      error(
        'E_SOURCE_MENTION',
        `expected ${section}[${at}] to be a mention of a register entity (${MENTION_FIELDS[section].join(', ')}) or a definition with ${DEFINITION_FIELDS[section][0]}, found ${k} without ${DEFINITION_FIELDS[section][0]}`,
        yaml.spanOf([...path, k], 'key'),
      ),
    );
  }
  return DEFINITION_FIELDS[section]
    .filter((k) => entry[k] === undefined)
    .map((k) =>
      error(
        'E_SOURCE_MISSING_FIELD',
        `expected field "${k}" in ${section}[${at}], found none`,
        yaml.spanOf(path, 'key'),
      ),
    );
}

/**
 * The problems of an entry of the register: only definitions of actors, places and wider conflicts, with no fields
 * that belong to a dataset (a quote, a citation, a membership: each dataset states those about the entity itself).
 */
export function checkRegisterEntry(section: string, entry: Entry, yaml: YamlFile, at: number): Diagnostic[] {
  const path = [section, at];
  if (!isMentionSection(section))
    return [
      error(
        'E_SOURCE_REGISTER',
        `expected only actors, places and events (wider conflicts) in the entity register, found ${section}`,
        yaml.spanOf([section], 'key'),
      ),
    ];
  if (isMention(entry))
    return [
      error(
        'E_SOURCE_REGISTER',
        `expected a definition (with ${DEFINITION_FIELDS[section][0]}) in the entity register, found ${quote(String(entry.id))} without one`,
        yaml.spanOf([...path, 'id'], 'value'),
      ),
    ];
  const out = DATASET_FIELDS.filter((k) => entry[k] !== undefined).map((k) =>
    error(
      'E_SOURCE_REGISTER',
      `expected the register to say who ${quote(String(entry.id))} is (type, labels, links, geometry), found ${k}, which a dataset states with its citation`,
      yaml.spanOf([...path, k], 'key'),
    ),
  );
  if (section === 'events' && entry.class !== 'conflict')
    out.push(
      error(
        'E_SOURCE_REGISTER',
        `expected a wider conflict (class: conflict) among the register's events, found class ${quote(String(entry.class))}`,
        yaml.spanOf([...path, 'class'], 'value'),
      ),
    );
  for (const k of DEFINITION_FIELDS[section].filter((f) => entry[f] === undefined))
    out.push(
      error(
        'E_SOURCE_MISSING_FIELD',
        `expected field "${k}" in ${section}[${at}], found none`,
        yaml.spanOf(path, 'key'),
      ),
    );
  return out;
}
