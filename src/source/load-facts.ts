// Stage 1: reads a dataset folder's YAML files into checked, typed facts, or throws every problem found at once.
import { DiagnosticError, error, type Diagnostic } from '../diagnostics.ts';
import { type MentionFact, MENTION_KIND, SECTION_NAMES, type Facts, type Sections } from './facts.ts';
import { isMention, isMentionSection } from './check-entities.ts';
import { readYaml } from './read-yaml.ts';
import { checkReferences } from './check-references.ts';
import { checkValues } from './check-values.ts';
import { checkCitations } from './check-citations.ts';
import { locate } from './locate.ts';
import { readQualifiedRefs } from './qualified-refs.ts';
import { readSourceText } from './read-source.ts';
import { digest, scanFacts, type FactIndex } from './scan-facts.ts';

/**
 * Loads every `*.yaml` file of a dataset folder, in name order, and checks them against the format's schema, then
 * against each other (ids, references, dates, ranges, footnotes).
 * @throws DiagnosticError with one diagnostic per problem, each at its `file:line:col`.
 */
export function loadFacts(dataDir: string): Facts {
  const index = scanFacts(dataDir);
  const { facts, diagnostics } = loadBatch(
    index,
    index.files.slice(0, index.datasetFiles).map((_, i) => i),
  );
  const all = [...index.diagnostics, ...diagnostics];
  if (all.length > 0) throw new DiagnosticError(all);
  return facts;
}

/**
 * Pass 2: reads some files of an indexed dataset (a batch of its groups) into facts, and checks them against the
 * whole dataset's index: references, dates and ranges, citations. Problems are returned, not thrown, so that every
 * batch can be checked before the export gives up.
 */
export function loadBatch(index: FactIndex, files: readonly number[]): { facts: Facts; diagnostics: Diagnostic[] } {
  const sections = Object.fromEntries(SECTION_NAMES.map((s) => [s, []])) as unknown as Sections;
  const diagnostics: Diagnostic[] = [];
  for (const i of files) {
    const file = index.files[i];
    const text = readText(file);
    if (text === undefined || digest(text) !== index.digests[i]) {
      diagnostics.push(
        error(
          'E_SOURCE_IO',
          `expected ${file} to stay as it was while the dataset was read, found it ${text === undefined ? 'gone' : 'changed'}`,
        ),
      );
      continue;
    }
    const { yaml, diagnostics: syntax } = readYaml(file, text);
    diagnostics.push(...syntax);
    const data = (yaml?.data ?? {}) as Record<string, unknown>;
    for (const section of SECTION_NAMES) {
      const list = (data[section] ?? []) as Record<string, unknown>[];
      for (const [n, entry] of list.entries()) {
        readQualifiedRefs(section, entry);
        if (isMentionSection(section) && isMention(entry))
          sections.mentions.push(
            Object.assign(locate(entry, yaml!, [section, n]), { kind: MENTION_KIND[section] }) as MentionFact,
          );
        else (sections[section] as unknown[]).push(locate(entry, yaml!, [section, n]));
      }
    }
  }
  diagnostics.push(
    ...checkReferences(
      sections,
      index.ids,
      (id) => (index.ids.file(id) ?? 0) >= index.datasetFiles && !index.mentioned.has(id),
    ),
    ...checkValues(sections),
    ...checkCitations(sections, index.dataset, index.sources),
  );
  const facts = {
    dataset: index.dataset,
    ...sections,
    files: files.map((i) => index.files[i]),
    register: index.register,
    sourceLanguages: Object.fromEntries(index.sources.map((s) => [s.id, s.language])),
    foreign: index.foreign,
  };
  return { facts, diagnostics };
}

function readText(file: string): string | undefined {
  const read = readSourceText(file);
  return 'text' in read ? read.text : undefined;
}
