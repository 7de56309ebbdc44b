// The catalogue of documented queries in queries/: listing them, finding one by name, suggesting close names.
import { distance } from '../closest.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DiagnosticError, error, quote } from '../diagnostics.ts';
import { parseHeader, type QueryHeader } from './query-header.ts';

/** The catalogue folder shipped with the project. */
export const CATALOGUE_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

export interface CatalogueEntry extends QueryHeader {
  name: string;
  file: string;
  text: string;
}

/** Every `*.rq` file of the folder, by name. */
export function readCatalogue(dir: string = CATALOGUE_DIR): CatalogueEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      return { name: f.slice(0, -3), file, text, ...parseHeader(text) };
    });
}

/** One line per query: its name, then what it answers (and its parameters). */
export function formatCatalogue(entries: CatalogueEntry[]): string {
  const width = Math.max(...entries.map((e) => e.name.length));
  return `${entries
    .map((e) => {
      const params = e.params.map((p) => `${p.name}=${p.type}${p.optional ? '?' : ''}`).join(' ');
      return `${e.name.padEnd(width)}  ${e.answers ?? e.title ?? ''}${params ? `  [${params}]` : ''}`;
    })
    .join('\n')}\n`;
}

/** The entry of that name; an unknown name is E_QUERY_UNKNOWN, listing the close names. */
export function findQuery(name: string, entries: CatalogueEntry[]): CatalogueEntry {
  const found = entries.find((e) => e.name === name);
  if (found) return found;
  const close = closeNames(
    name,
    entries.map((e) => e.name),
  );
  const hint = close.length ? `did you mean ${close.join(', ')}?` : 'run `conflict-kg query --list` for the catalogue';
  throw new DiagnosticError([
    error('E_QUERY_UNKNOWN', `no query named ${quote(name)} in the catalogue`, undefined, hint),
  ]);
}

/** Names within a small edit distance (up to half the name), or containing it, closest first; at most five. */
export function closeNames(name: string, names: string[]): string[] {
  const limit = Math.max(2, Math.floor(name.length / 2));
  return names
    .map((n) => ({ n, d: n.includes(name) || name.includes(n) ? 0.5 : distance(name, n) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .slice(0, 5)
    .map(({ n }) => n);
}
