// Stage 1: reads a dataset folder's YAML files into checked, typed facts, or throws every problem found at once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError, error, type Diagnostic, type SourceSpan } from '../diagnostics.ts';
import { SECTION_NAMES, type DatasetFact, type Facts, type Located, type Sections } from './facts.ts';
import { readYaml, type YamlFile } from './read-yaml.ts';
import { checkSchema } from './check-schema.ts';
import { checkReferences } from './check-references.ts';
import { checkValues } from './check-values.ts';
import { checkCitations } from './check-citations.ts';

/**
 * Loads every `*.yaml` file of a dataset folder, in name order, and checks them against the format's schema, then
 * against each other (ids, references, dates, ranges, footnotes).
 * @throws DiagnosticError with one diagnostic per problem, each at its `file:line:col`.
 */
export function loadFacts(dataDir: string): Facts {
  const files = listYamlFiles(dataDir);
  const diagnostics: Diagnostic[] = [];
  const parsed: YamlFile[] = [];
  for (const file of files) {
    const { yaml, diagnostics: syntax } = readYaml(file, readFileSync(file, 'utf8'));
    diagnostics.push(...syntax);
    if (yaml) {
      diagnostics.push(...checkSchema(yaml));
      parsed.push(yaml);
    }
  }
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  const facts = mergeFiles(parsed, dataDir, diagnostics);
  if (facts) diagnostics.push(...checkReferences(facts), ...checkValues(facts), ...checkCitations(facts));
  if (diagnostics.length > 0 || !facts) throw new DiagnosticError(diagnostics);
  return facts;
}

function listYamlFiles(dataDir: string): string[] {
  const problem = (found: string) =>
    new DiagnosticError([error('E_SOURCE_IO', `expected a dataset folder holding *.yaml files at ${dataDir}, found ${found}`)]);
  let names: string[];
  try {
    if (!statSync(dataDir).isDirectory()) throw problem('a file');
    names = readdirSync(dataDir);
  } catch (e) {
    if (e instanceof DiagnosticError) throw e;
    throw problem('nothing');
  }
  const files = names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dataDir, n));
  if (files.length === 0) throw problem('no YAML file');
  return files;
}

function mergeFiles(files: YamlFile[], dataDir: string, out: Diagnostic[]): Facts | undefined {
  const sections = Object.fromEntries(SECTION_NAMES.map((s) => [s, []])) as unknown as Sections;
  const datasets: DatasetFact[] = [];
  for (const yaml of files) {
    const data = (yaml.data ?? {}) as Record<string, unknown>;
    if (data.dataset) datasets.push(locate(data.dataset, yaml, ['dataset']) as DatasetFact);
    for (const section of SECTION_NAMES) {
      const list = (data[section] ?? []) as unknown[];
      list.forEach((entry, i) => (sections[section] as unknown[]).push(locate(entry, yaml, [section, i])));
    }
  }
  if (datasets.length !== 1) {
    const spans = datasets.map((d) => d.spans['']);
    out.push(error('E_SOURCE_DATASET', `expected exactly one "dataset" section in ${dataDir}, found ${datasets.length}`, spans[1]));
    return undefined;
  }
  return { dataset: datasets[0], ...sections, files: files.map((f) => f.file) };
}

/**
 * Copies an entry and gives it `spans`: the position of the entry (`spans['']`) and of each field value
 * (`spans['begin.date']`, `spans['cite.0']`). Positions are looked up only when read (a diagnostic, a SHACL
 * message), so a valid corpus is never parsed a second time for them.
 */
function locate(entry: unknown, yaml: YamlFile, path: (string | number)[]): Located {
  const cache = new Map<string, SourceSpan>();
  const spans = new Proxy({} as Record<string, SourceSpan>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const sub = key === '' ? [] : key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      if (sub.length > 0 && valueAt(entry, sub) === undefined) return undefined;
      if (!cache.has(key)) cache.set(key, lazySpan(yaml, [...path, ...sub]));
      return cache.get(key);
    },
  });
  return { ...(entry as object), spans };
}

/** A span whose line and column are found on first read. */
function lazySpan(yaml: YamlFile, path: (string | number)[]): SourceSpan {
  let span: SourceSpan | undefined;
  const resolve = () => (span ??= yaml.spanOf(path, 'value'));
  return Object.defineProperties({ file: yaml.file } as SourceSpan, {
    line: { get: () => resolve().line, enumerable: true },
    column: { get: () => resolve().column, enumerable: true },
  });
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[k]), value);
}
