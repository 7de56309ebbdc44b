// Checks how each fact is known: cited or marked as the curator's inference, and every doubt given its reason.
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import { SECTION_NAMES, type Located, type Qualifiers, type QualifiedRef, type Sections } from './facts.ts';
import { describePath } from './check-schema.ts';
import { entryPath } from './locate.ts';
import { spanFor } from './check-references.ts';
import { refPath } from './qualified-refs.ts';

/** The sections whose entries are facts: each needs `cite` (what the source says) or `inferred` (the curator's reason). */
const FACT_SECTIONS = [
  'collectives',
  'placeRelations',
  'events',
  'eventRelations',
  'sides',
  'participations',
  'quantities',
  'outcomes',
  'claims',
] as const;

type Entry = Located & Qualifiers & { id: string; cite?: unknown[]; qualified?: QualifiedRef[] };

/** Returns every fact without a source or an inference, and every doubt without its reason. */
export function checkCuration(facts: Sections): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const section of FACT_SECTIONS) {
    for (const entry of facts[section] as unknown as Entry[]) {
      if (entry.cite === undefined && entry.inferred === undefined)
        out.push(
          error(
            'E_SOURCE_MISSING_FIELD',
            `expected field "cite" (the source's footnotes) or "inferred" (the curator's reason) in ${describePath([...entryPath(entry)])}, found neither`,
            entry.spans[''],
          ),
        );
    }
  }
  // The actor-type scheme has "collective" for the collectives section's actors; an actors entry cannot be one.
  for (const a of facts.actors as { type: string }[] as (Entry & { type: string })[])
    if (a.type === 'collective')
      out.push(
        error(
          'E_SOURCE_VALUE',
          `expected a named actor's type in ${describePath([...entryPath(a)])}, found "collective" (write groups the source only describes in the collectives section)`,
          spanFor(a, 'type'),
        ),
      );
  for (const section of SECTION_NAMES)
    for (const entry of facts[section] as unknown as Entry[]) {
      out.push(...doubtProblems(entry, entry, ''));
      for (const q of entry.qualified ?? []) out.push(...doubtProblems(entry, q, refPath(q)));
    }
  return out;
}

/** `certain: false` needs `uncertainty`; `uncertainty` needs `certain: false`. */
function doubtProblems(entry: Entry, q: Qualifiers, path: string): Diagnostic[] {
  const where = path ? `${describePath([...entryPath(entry)])}.${path}` : describePath([...entryPath(entry)]);
  if (q.certain === false && !q.uncertainty)
    return [
      error(
        'E_SOURCE_MISSING_FIELD',
        `expected field "uncertainty" saying why ${where} (${quote(entry.id)}) is uncertain, found none`,
        spanFor(entry, path ? path : 'certain'),
      ),
    ];
  if (q.uncertainty && q.certain !== false)
    return [
      error(
        'E_SOURCE_VALUE',
        `expected "certain: false" with the uncertainty of ${where} (${quote(entry.id)}), found ${q.certain === undefined ? 'no "certain"' : '"certain: true"'}`,
        spanFor(entry, path ? path : 'uncertainty'),
      ),
    ];
  return [];
}
