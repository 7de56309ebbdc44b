// Pass 1 of reading a dataset: every file is parsed and checked against the schema once, and only an index is kept.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DiagnosticError, error, quote, type Diagnostic } from '../diagnostics.ts';
import {
  MENTION_KIND,
  type Register,
  type RegisterEntry,
  SECTION_NAMES,
  type DatasetFact,
  type SectionName,
  type SourceFact,
  type ForeignEvent,
  type Label,
} from './facts.ts';
import { SHARED_BASE } from '../vocab.ts';
import { checkDatasetEntry, checkRegisterEntry, isMention, isMentionSection } from './check-entities.ts';
import { checkLinks } from './check-links.ts';
import { closest } from '../closest.ts';
import { readYaml, type YamlFile } from './read-yaml.ts';
import { checkSchema } from './check-schema.ts';
import { locate } from './locate.ts';
import { flat, IdIndex } from './id-index.ts';
import { RelationEdges, type Cycle } from './relation-cycles.ts';
import { listYamlFiles, readSourceText } from './read-source.ts';
import { FileGroups } from './file-groups.ts';
import { an, checkPrimarySource } from './check-references.ts';
import { readQualifiedRefs } from './qualified-refs.ts';
import { type ForeignRef, type OtherDataset, resolveForeignEvents } from './foreign-events.ts';

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
  /** The shared entity register, when the dataset declares one; its files follow the dataset's in `files`. */
  register?: Register;
  /** How many of `files` are the dataset's own (the rest are the register's, never read in pass 2). */
  datasetFiles: number;
  /** The register ids the dataset mentions. */
  mentioned: Set<string>;
  /** The events of other datasets that event relations point at (`objectDataset`), by the relation's id. */
  foreign: Map<string, ForeignEvent>;
}

type Entry = Record<string, unknown>;

/** Sections of entities (and facts only about entities): files holding only these are read first. */
const ENTITY_SECTIONS: readonly SectionName[] = ['sources', 'actors', 'collectives', 'places', 'placeRelations'];

/**
 * Reads every `*.yaml` file of a dataset folder once: syntax, schema, ids (unique across the dataset), and which
 * files belong together. Only the index is kept, so memory grows with the number of ids, not with the facts.
 * @throws DiagnosticError for syntax and schema errors (every one, each at its `file:line:col`) and a missing dataset.
 */
export function scanFacts(dataDir: string, options: { resolveForeign?: boolean } = {}): FactIndex {
  const files = listYamlFiles(dataDir);
  const datasetFiles = files.length;
  const scan = new Scan();
  const problems: Diagnostic[] = [];
  const digests: string[] = [];
  const scanFile = (file: string, i: number, inRegister: boolean) => {
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
    if (schema.length === 0) problems.push(...scan.file(yaml, i, (first) => yamlOf(files[first]), inRegister));
  };
  for (const [i, file] of files.entries()) scanFile(file, i, false);
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
  const registerDir = problems.length === 0 ? scan.datasets[0].entities : undefined;
  if (registerDir !== undefined) {
    const listed = listRegister(join(dataDir, registerDir), scan.datasets[0]);
    if ('problem' in listed) problems.push(listed.problem);
    else
      for (const file of listed.files) {
        files.push(file);
        scanFile(file, files.length - 1, true);
      }
  }
  if (problems.length === 0) problems.push(...scan.checkMentions(datasetFiles));
  if (problems.length === 0)
    problems.push(...scan.relations.cycles().map((c) => cycleProblem(c, yamlOf(files[c.site.file]!))));
  // A dataset read to resolve another's references does not resolve its own (no loop between two datasets).
  const foreign =
    problems.length === 0 && scan.foreignRefs.length > 0 && options.resolveForeign !== false
      ? resolveForeignEvents(dataDir, scan.foreignRefs, readOther)
      : { events: new Map<string, ForeignEvent>(), problems: [] };
  problems.push(...foreign.problems);
  if (problems.length > 0) throw new DiagnosticError(problems);
  const { groups, hubs } = scan.groups.resolve(
    scan.ids,
    scan.clusterFiles,
    datasetFiles,
    (id) => scan.mentions.get(id)?.file,
  );
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
    register: registerDir === undefined ? undefined : { base: SHARED_BASE, entries: scan.register },
    datasetFiles,
    mentioned: new Set(scan.mentions.keys()),
    foreign: foreign.events,
  };
}

/** Another dataset, as a cross-dataset reference needs it: pass 1 of its folder, and an event's label from its file. */
function readOther(folder: string): OtherDataset {
  const index = scanFacts(folder, { resolveForeign: false });
  return {
    dataset: { id: index.dataset.id, base: index.dataset.base },
    kindOf: (id) => index.ids.kind(id),
    eventIds: () => index.ids.idsOf(['event']),
    labelOf(id) {
      const data = yamlOf(index.files[index.ids.file(id)!]).data as Record<string, Entry[] | undefined>;
      return (data.events ?? []).find((e) => e.id === id)?.label as Label;
    },
  };
}

/** The register's YAML files, or the problem of a register folder that cannot be read (at the dataset's field). */
function listRegister(dir: string, dataset: DatasetFact): { files: string[] } | { problem: Diagnostic } {
  try {
    return { files: listYamlFiles(dir, 'the entity register folder', dataset.spans.entities) };
  } catch (e) {
    if (e instanceof DiagnosticError) return { problem: e.diagnostics[0] };
    throw e;
  }
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

/** A mention of a register entity, where it is written. */
interface Mention {
  kind: 'actor' | 'place' | 'event';
  file: number;
  path: [SectionName, number];
  yaml: YamlFile;
}

/** The state of pass 1: the index being built, file by file. */
class Scan {
  readonly ids = new IdIndex();
  readonly datasets: DatasetFact[] = [];
  readonly sources: SourceFact[] = [];
  readonly duplicates: Diagnostic[] = [];
  readonly relations = new RelationEdges();
  readonly entries: number[] = [];
  readonly groups = new FileGroups();
  /** Files holding events or facts about them (not only entities). */
  readonly clusterFiles = new Set<number>();
  /** Register entities, whole (a register is small), by id. */
  readonly register: Register['entries'] = new Map();
  /** The register ids the dataset mentions, with the first mention of each. */
  readonly mentions = new Map<string, Mention>();
  /** Event relations whose object is another dataset's event. */
  readonly foreignRefs: ForeignRef[] = [];

  file(yaml: YamlFile, index: number, reread: (file: number) => YamlFile, inRegister: boolean): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const data = (yaml.data ?? {}) as Record<string, unknown>;
    this.entries[index] = 0;
    this.groups.add(index);
    if (data.dataset) {
      if (inRegister)
        problems.push(
          error('E_SOURCE_REGISTER', 'expected no dataset in the entity register', yaml.spanOf(['dataset'], 'key')),
        );
      else this.datasets.push(locate(data.dataset, yaml, ['dataset']) as DatasetFact);
    }
    for (const section of SECTION_NAMES) {
      const list = (data[section] ?? []) as Entry[];
      if (!inRegister) this.entries[index] += list.length;
      if (list.length > 0 && !ENTITY_SECTIONS.includes(section)) this.clusterFiles.add(index);
      list.forEach((entry, i) => {
        readQualifiedRefs(section, entry);
        const id = entry.id as string;
        if (inRegister) {
          const found = checkRegisterEntry(section, entry, yaml, i);
          problems.push(...found);
          if (found.length > 0) return;
          this.register.set(flat(id), {
            kind: MENTION_KIND[section as keyof typeof MENTION_KIND],
            entry: locate(entry, yaml, [section, i]),
          } as RegisterEntry);
        } else if (isMentionSection(section)) {
          problems.push(...checkDatasetEntry(section, entry, yaml, i));
          if (isMention(entry)) {
            this.mention(id, { kind: MENTION_KIND[section], file: index, path: [section, i], yaml });
            this.relations.add(section, entry, index, i);
            return;
          }
        }
        if (isMentionSection(section)) problems.push(...checkLinks(entry, yaml, [section, i]));
        const first = this.ids.add(id, section, index);
        if (first !== undefined)
          this.duplicates.push(duplicate(id, first === index ? yaml : reread(first), yaml, [section, i]));
        if (section === 'sources') this.sources.push(locate(entry, yaml, [section, i]) as SourceFact);
        if (inRegister) return;
        if (section === 'eventRelations' && typeof entry.objectDataset === 'string')
          this.foreignRefs.push({
            relation: id,
            folder: entry.objectDataset,
            id: String(entry.object),
            yaml,
            path: [section, i],
          });
        this.link(section, entry, index);
        this.relations.add(section, entry, index, i);
      });
    }
    return problems;
  }

  private mention(id: string, mention: Mention): void {
    const first = this.mentions.get(id);
    if (!first) {
      this.mentions.set(flat(id), mention);
      return;
    }
    const at = first.yaml.spanOf([...first.path, 'id'], 'value');
    this.duplicates.push(
      error(
        'E_SOURCE_DUPLICATE_ID',
        `expected one mention of ${quote(String(id))} per dataset, found another (first at ${at.file}:${at.line}:${at.column})`,
        mention.yaml.spanOf([...mention.path, 'id'], 'value'),
      ),
    );
  }

  /** Every mention names a register entity of its kind (checked once the register is read). */
  checkMentions(datasetFiles: number): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const [id, m] of this.mentions) {
      const file = this.ids.file(id);
      // Only a problem needs the position: a file's positions cost a second parse (readYaml).
      const span = () => m.yaml.spanOf([...m.path, 'id'], 'value');
      const section = m.path[0];
      if (file !== undefined && file < datasetFiles) {
        out.push(
          error(
            'E_SOURCE_DUPLICATE_ID',
            `expected ${quote(String(id))} in ${section} to be either defined here or mentioned, found both`,
            span(),
          ),
        );
      } else if (this.ids.kind(id) !== m.kind) {
        const near = closest(
          id,
          [...this.register.keys()].filter((k) => this.ids.kind(k) === m.kind),
        );
        out.push(
          error(
            'E_SOURCE_UNKNOWN_ID',
            `expected the id of ${an(m.kind)} of the entity register in ${section} (an entry without ${section === 'events' ? 'class' : 'type'} mentions one), found ${this.register.has(id) ? `${quote(String(id))}, which the register defines as ${this.ids.kind(id)}` : `unknown id ${quote(String(id))}`}`,
            span(),
            near ? `did you mean ${quote(String(near))}?` : undefined,
          ),
        );
      }
    }
    return out;
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
      if (entry.objectDataset === undefined) to(entry.object);
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
