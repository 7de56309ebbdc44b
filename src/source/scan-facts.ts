// Pass 1 of reading a dataset: every file is parsed and checked against the schema once, and only an index is kept.
import { createHash } from 'node:crypto';
import { DiagnosticError, error, quote, type Diagnostic } from '../diagnostics.ts';
import { SECTION_NAMES, type DatasetFact, type SectionName, type SourceFact } from './facts.ts';
import { readYaml, type YamlFile } from './read-yaml.ts';
import { checkSchema } from './check-schema.ts';
import { locate } from './locate.ts';
import { flat, IdIndex } from './id-index.ts';
import { RelationEdges, type Cycle } from './relation-cycles.ts';
import { listYamlFiles, readSourceText } from './read-source.ts';
import { FileGroups } from './file-groups.ts';
import { checkPrimarySource } from './check-references.ts';
import { readQualifiedRefs } from './qualified-refs.ts';

/** What a dataset keeps while its facts are read a batch of files at a time (see loadBatch). */
export interface FactIndex {
  dataset: DatasetFact;
  /** Every source (few, and needed to check every citation). */
  sources: SourceFact[];
  ids: IdIndex;
  /** The YAML files, in name order. */
  files: string[];
  /** Entries per file. */
  entries: number[];
  /** A digest of each file's text as pass 1 read it: pass 2 refuses a file that changed in between. */
  digests: string[];
  /**
   * Files that must be read together, in reading order: an event's cluster (its phases and incidents, and the sides,
   * participations, quantities, outcomes and claims about them) lies within one group. Groups of entities only come
   * first, so the classes of actors and places are known before the facts that point at them.
   */
  groups: number[][];
  /** Events with a sub-event (an operation) in another group: their triples are gathered across groups. */
  hubs: Set<string>;
  /** Problems that do not stop the reading (duplicate ids, an unknown primary source), reported with pass 2's. */
  diagnostics: Diagnostic[];
}

type Entry = Record<string, unknown>;

/** Sections of entities (and facts only about entities): files holding only these are read first. */
const ENTITY_SECTIONS: readonly SectionName[] = ['sources', 'actors', 'collectives', 'places', 'placeRelations'];

/**
 * Reads every `*.yaml` file of a dataset folder once: syntax, schema, ids (unique across the dataset), and which
 * files belong together. Only the index is kept, so memory grows with the number of ids, not with the facts.
 * @throws DiagnosticError for syntax and schema errors (every one, each at its `file:line:col`) and a missing dataset.
 */
export function scanFacts(dataDir: string): FactIndex {
  const files = listYamlFiles(dataDir);
  const scan = new Scan(files.length);
  const problems: Diagnostic[] = [];
  const digests: string[] = [];
  files.forEach((file, i) => {
    const read = readSourceText(file);
    if ('problem' in read) {
      digests.push('');
      problems.push(read.problem);
      return;
    }
    const text = read.text;
    digests.push(digest(text));
    const { yaml, diagnostics } = readYaml(file, text);
    problems.push(...diagnostics);
    if (!yaml) return;
    const schema = checkSchema(yaml);
    problems.push(...schema);
    if (schema.length === 0) scan.file(yaml, i, (first) => yamlOf(files[first]));
  });
  if (problems.length === 0 && scan.datasets.length !== 1) {
    const spans = scan.datasets.map((d) => d.spans['']);
    problems.push(
      error(
        'E_SOURCE_DATASET',
        `expected exactly one "dataset" section in ${dataDir}, found ${scan.datasets.length}`,
        spans[1],
      ),
    );
  }
  if (problems.length === 0)
    problems.push(...scan.relations.cycles().map((c) => cycleProblem(c, yamlOf(files[c.site.file]!))));
  if (problems.length > 0) throw new DiagnosticError(problems);
  const { groups, hubs } = scan.groups.resolve(scan.ids, scan.clusterFiles);
  return {
    dataset: scan.datasets[0],
    sources: scan.sources,
    ids: scan.ids,
    files,
    entries: scan.entries,
    digests,
    groups,
    hubs,
    diagnostics: [...scan.duplicates, ...checkPrimarySource(scan.datasets[0], scan.ids)],
  };
}

/** A digest of a file's text (SHA-1: about 2 ms per megabyte; this detects changes, it does not secure anything). */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

function yamlOf(file: string): YamlFile {
  const read = readSourceText(file);
  if ('problem' in read) throw new DiagnosticError([read.problem]);
  return readYaml(file, read.text).yaml!;
}

/** The state of pass 1: the index being built, file by file. */
class Scan {
  readonly ids = new IdIndex();
  readonly datasets: DatasetFact[] = [];
  readonly sources: SourceFact[] = [];
  readonly duplicates: Diagnostic[] = [];
  readonly relations = new RelationEdges();
  readonly entries: number[];
  readonly groups: FileGroups;
  /** Files holding events or facts about them (not only entities). */
  readonly clusterFiles = new Set<number>();

  constructor(files: number) {
    this.entries = new Array<number>(files).fill(0);
    this.groups = new FileGroups(files);
  }

  file(yaml: YamlFile, index: number, reread: (file: number) => YamlFile): void {
    const data = (yaml.data ?? {}) as Record<string, unknown>;
    if (data.dataset) this.datasets.push(locate(data.dataset, yaml, ['dataset']) as DatasetFact);
    for (const section of SECTION_NAMES) {
      const list = (data[section] ?? []) as Entry[];
      this.entries[index] += list.length;
      if (list.length > 0 && !ENTITY_SECTIONS.includes(section)) this.clusterFiles.add(index);
      list.forEach((entry, i) => {
        readQualifiedRefs(section, entry);
        const id = entry.id as string;
        const first = this.ids.add(id, section, index);
        if (first !== undefined)
          this.duplicates.push(duplicate(id, first === index ? yaml : reread(first), yaml, [section, i]));
        if (section === 'sources') this.sources.push(locate(entry, yaml, [section, i]) as SourceFact);
        this.link(section, entry, index);
        this.relations.add(section, entry, index, i);
      });
    }
  }

  /** Records what ties this file to others: the event a fact is about, the parent of a phase or an incident. */
  private link(section: SectionName, entry: Entry, file: number): void {
    const to = (id: unknown) => typeof id === 'string' && this.groups.link(file, id, this.ids);
    if (section === 'events') {
      if (entry.class === 'operation') {
        if (typeof entry.partOf === 'string') this.groups.subEvent(flat(entry.id as string), flat(entry.partOf));
      } else to(entry.partOf);
      const bounds = entry.bounds as Record<string, unknown> | undefined;
      if (bounds) for (const key of ['in', 'after', 'before']) to(bounds[key]);
    } else if (section === 'sides' || section === 'participations' || section === 'outcomes' || section === 'claims')
      to(entry.event);
    else if (section === 'eventRelations') {
      to(entry.subject);
      to(entry.object);
    } else if (section === 'quantities') to(entry.about);
  }
}

/** The problem of an id defined twice, at the second definition, naming the first. */
function duplicate(id: string, firstYaml: YamlFile, yaml: YamlFile, path: [SectionName, number]): Diagnostic {
  const data = firstYaml.data as Record<string, Entry[]>;
  const firstPath = SECTION_NAMES.flatMap((s) => (data[s] ?? []).map((e, i) => ({ s, i, id: e.id }))).find(
    (e) => e.id === id,
  )!;
  const at = firstYaml.spanOf([firstPath.s, firstPath.i, 'id'], 'value');
  const where = `${at.file}:${at.line}:${at.column}`;
  return error(
    'E_SOURCE_DUPLICATE_ID',
    `expected a unique id, found ${quote(String(id))} again (first defined at ${where})`,
    yaml.spanOf([...path, 'id'], 'value'),
  );
}

/** A cycle, at the field where its first id points at the next. */
function cycleProblem(cycle: Cycle, yaml: YamlFile): Diagnostic {
  const around = [...cycle.ids, cycle.ids[0]].map((id) => `${quote(String(id))}`).join(' → ');
  return error(
    'E_SOURCE_CYCLE',
    `expected ${cycle.relation} to lead up to a root, found a cycle: ${around}`,
    yaml.spanOf(cycle.site.path, 'value'),
  );
}
