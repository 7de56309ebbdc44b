// Cross-dataset references: an event relation whose object is an event of another dataset (`objectDataset`).
import { resolve } from 'node:path';
import { DiagnosticError, error, quote, type Diagnostic } from '../diagnostics.ts';
import { closest } from '../closest.ts';
import { an } from './check-references.ts';
import type { ForeignEvent, Label } from './facts.ts';
import type { YamlFile } from './read-yaml.ts';

/** A reference read in pass 1: the relation, the other dataset's folder and the event id, and where it is written. */
export interface ForeignRef {
  relation: string;
  folder: string;
  id: string;
  yaml: YamlFile;
  path: (string | number)[];
}

/** What resolving needs of another dataset: its id and base, the kind of each id, an event's label. */
export interface OtherDataset {
  dataset: { id: string; base?: string };
  kindOf(id: string): string | undefined;
  eventIds(): string[];
  labelOf(id: string): Label;
}

/**
 * Resolves every reference against the dataset of its folder (relative to `dataDir`, read once per folder with
 * `read`): the object must be an event there. Returns the events by relation id, and one problem per bad reference
 * (an unreadable folder, an unknown id, an id of another kind), at the reference's field.
 */
export function resolveForeignEvents(
  dataDir: string,
  refs: readonly ForeignRef[],
  read: (folder: string) => OtherDataset,
): { events: Map<string, ForeignEvent>; problems: Diagnostic[] } {
  const events = new Map<string, ForeignEvent>();
  const problems: Diagnostic[] = [];
  const others = new Map<string, OtherDataset | Diagnostic[]>();
  for (const ref of refs) {
    const folder = resolve(dataDir, ref.folder);
    let other = others.get(folder);
    if (!other) {
      try {
        other = read(folder);
      } catch (e) {
        if (!(e instanceof DiagnosticError)) throw e;
        other = e.diagnostics;
      }
      others.set(folder, other);
    }
    if (Array.isArray(other)) {
      const first = other[0]?.message ?? 'a problem';
      problems.push(
        error(
          'E_SOURCE_UNKNOWN_ID',
          `expected a dataset folder that loads in eventRelations.objectDataset, found ${quote(ref.folder)}: ${first}`,
          ref.yaml.spanOf([...ref.path, 'objectDataset'], 'value'),
        ),
      );
      continue;
    }
    const kind = other.kindOf(ref.id);
    if (kind !== 'event') {
      const near = closest(ref.id, other.eventIds());
      const found = kind ? `${quote(ref.id)}, which is ${an(kind)}` : `unknown id ${quote(ref.id)}`;
      problems.push(
        error(
          kind ? 'E_SOURCE_WRONG_KIND' : 'E_SOURCE_UNKNOWN_ID',
          `expected the id of an event of dataset ${quote(other.dataset.id)} (${ref.folder}) in eventRelations.object, found ${found}`,
          ref.yaml.spanOf([...ref.path, 'object'], 'value'),
          near ? `did you mean ${quote(near)}?` : undefined,
        ),
      );
      continue;
    }
    events.set(ref.relation, { dataset: other.dataset, id: ref.id, label: other.labelOf(ref.id) });
  }
  return { events, problems };
}
