// Writes plain entries as YAML text in the dataset format: block lists of entries, flow-style values, quoted strings.

export type Entry = Record<string, unknown>;

/** A top-level list section: `events:` then one `- id: …` block per entry. */
export function yamlSection(name: string, entries: readonly Entry[]): string {
  if (entries.length === 0) return '';
  return `${name}:\n${entries.map((e) => yamlEntry(e, '  - ', '    ')).join('')}`;
}

/** A top-level mapping section (`dataset:`). */
export function yamlMapping(name: string, entry: Entry): string {
  return `${name}:\n${yamlEntry(entry, '  ', '  ')}`;
}

/** The first line of every file of a dataset folder. */
export const YAML_HEADER = '# yaml-language-server: $schema=../schema/source-facts.schema.json\n';

function yamlEntry(entry: Entry, first: string, rest: string): string {
  let out = '';
  let i = 0;
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined) continue;
    out += `${i++ === 0 ? first : rest}${key}: ${flow(value)}\n`;
  }
  return out;
}

/** A value in YAML flow style; strings as JSON strings, which YAML reads as double-quoted scalars. */
function flow(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  const pairs = Object.entries(value as Entry).filter(([, v]) => v !== undefined);
  return `{${pairs.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
}
