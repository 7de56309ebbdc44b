// Checks every `cite` entry: it must name a declared source, and a footnote that source has.
import { error, quote, type Diagnostic } from '../diagnostics.ts';
import {
  SECTION_NAMES,
  type Sections,
  type Located,
  type CiteRef,
  type SourceFact,
  type Inference,
  type QualifiedRef,
} from './facts.ts';
import { refPath } from './qualified-refs.ts';

/** A resolved citation: the whole source, or one of its footnotes. */
export interface ResolvedCite {
  source: string;
  footnote?: number;
}

/** Resolves a cite entry against the dataset's primary source; undefined when its form is not a citation. */
export function resolveCite(ref: CiteRef, primarySource: string): ResolvedCite {
  if (typeof ref === 'number') return { source: primarySource, footnote: ref };
  if (ref === 'article') return { source: primarySource };
  const [source, footnote] = ref.split('#');
  return footnote === undefined ? { source } : { source, footnote: Number(footnote) };
}

/** Returns a diagnostic for every cite entry of the facts that names an unknown source or a footnote its source lacks. */
export function checkCitations(
  facts: Sections,
  dataset: { primarySource: string },
  allSources: readonly SourceFact[],
): Diagnostic[] {
  const sources = new Map(allSources.map((s) => [s.id, s]));
  const out: Diagnostic[] = [];
  for (const section of SECTION_NAMES) {
    for (const entry of facts[section] as unknown as (Cited & Quoting)[]) {
      for (const [path, refs] of citeLists(entry))
        refs.forEach((ref, i) => {
          const problem = citeProblem(ref, dataset.primarySource, sources);
          if (problem)
            out.push(
              error(problem.code, problem.message, entry.spans[`${path}.${i}`] ?? entry.spans[path] ?? entry.spans['']),
            );
        });
      out.push(...quoteProblems(entry, dataset.primarySource, sources));
    }
  }
  return out;
}

type Quoting = Located & { cite?: CiteRef[]; quotes?: Record<string, string> };

/** Every key of `quotes` must be a declared source that the entry cites. */
function quoteProblems(entry: Quoting, primary: string, sources: Map<string, SourceFact>): Diagnostic[] {
  const cited = new Set((entry.cite ?? []).map((ref) => resolveCite(ref, primary).source));
  const out: Diagnostic[] = [];
  for (const source of Object.keys(entry.quotes ?? {})) {
    const span = entry.spans[`quotes.${source}`] ?? entry.spans[''];
    if (!sources.has(source))
      out.push(
        error(
          'E_SOURCE_UNKNOWN_ID',
          `expected a declared source in quotes, found unknown source ${quote(source)}`,
          span,
        ),
      );
    else if (!cited.has(source))
      out.push(
        error(
          'E_SOURCE_VALUE',
          `expected quotes only from sources the entry cites (${[...cited].join(', ') || 'none'}), found a quote from ${quote(source)}`,
          span,
        ),
      );
  }
  return out;
}

type Cited = Located & { cite?: CiteRef[]; inferred?: Inference; qualified?: QualifiedRef[] };

/** Every list of cite refs of an entry, by field path: its `cite`, its inference's support, its links' supports. */
function citeLists(entry: Cited): [string, CiteRef[]][] {
  const lists: [string, CiteRef[]][] = [
    ['cite', entry.cite ?? []],
    ['inferred.support', entry.inferred?.support ?? []],
  ];
  // The support of an inferred link is reported at the link (its object form is read into ids).
  for (const q of entry.qualified ?? []) lists.push([refPath(q), q.inferred?.support ?? []]);
  return lists;
}

function citeProblem(ref: CiteRef, primary: string, sources: Map<string, SourceFact>) {
  const { source, footnote } = resolveCite(ref, primary);
  const doc = sources.get(source);
  if (!doc)
    return {
      code: 'E_SOURCE_UNKNOWN_ID' as const,
      message: `expected a declared source in cite, found unknown source ${quote(String(source))}`,
    };
  if (footnote === undefined || (doc.footnotes ?? []).includes(footnote)) return undefined;
  const shown = typeof ref === 'number' ? `[${ref}]` : `${quote(String(ref))}`;
  return {
    code: 'E_SOURCE_UNKNOWN_FOOTNOTE' as const,
    message: `expected a footnote that source ${quote(String(source))} has (${describeNumbers(doc.footnotes ?? [])}), found ${shown}`,
  };
}

/** `[1,2,3,7,8]` → `1–3, 7–8`; `[]` → `none`. */
export function describeNumbers(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return runs.length ? runs.join(', ') : 'none';
}
