// Which files of a dataset must be read together: union-find over files, joined by the references inside a cluster.
import { flat, type IdIndex } from './id-index.ts';

/**
 * Files are joined when a fact in one is about an event (or a participation, side or outcome) defined in another, and
 * when a phase or an incident belongs to an event of another file. An operation that is part of a larger event does
 * not join its file to its parent's: the parent becomes a hub, whose triples are gathered across groups.
 */
export class FileGroups {
  private readonly parent: number[] = [];
  /** References to ids not defined yet (forward references), resolved at the end. */
  private readonly pending: [number, string][] = [];
  /** Operation → the event it is part of. */
  private readonly subEvents: [string, string][] = [];

  /** Adds a file (files are added in order, from 0). */
  add(file: number): void {
    this.parent[file] = file;
  }

  /** Joins `file` to the file defining `id` (now, or at the end when `id` comes later). */
  link(file: number, id: string, ids: IdIndex): void {
    const other = ids.file(id);
    if (other === undefined) this.pending.push([file, flat(id)]);
    else this.union(file, other);
  }

  subEvent(operation: string, parent: string): void {
    this.subEvents.push([operation, parent]);
  }

  /**
   * The groups of the dataset's files (entity-only groups first, then by first file) and the hub events. Files from
   * `datasetFiles` on are the shared register's: they join nothing (a register entity is mapped with its mention).
   */
  resolve(
    ids: IdIndex,
    clusterFiles: Set<number>,
    datasetFiles: number,
    mentionFile: (id: string) => number | undefined = () => undefined,
  ): { groups: number[][]; hubs: Set<string> } {
    // A register entity stands in the file of the dataset that mentions it.
    const fileOf = (id: string) => {
      const file = ids.file(id);
      return file !== undefined && file >= datasetFiles ? mentionFile(id) : file;
    };
    for (const [file, id] of this.pending) {
      const other = fileOf(id);
      if (other !== undefined) this.union(file, other);
    }
    const byRoot = new Map<number, number[]>();
    this.parent.slice(0, datasetFiles).forEach((_, file) => {
      const root = this.find(file);
      const group = byRoot.get(root);
      if (group) group.push(file);
      else byRoot.set(root, [file]);
    });
    const groups = [...byRoot.values()];
    const entityOnly = (g: number[]) => (g.some((f) => clusterFiles.has(f)) ? 1 : 0);
    groups.sort((a, b) => entityOnly(a) - entityOnly(b) || a[0] - b[0]);
    const hubs = new Set<string>();
    for (const [operation, parent] of this.subEvents) {
      const a = fileOf(operation);
      const b = fileOf(parent);
      if (a !== undefined && b !== undefined && this.find(a) !== this.find(b)) hubs.add(parent);
    }
    return { groups, hubs };
  }

  private find(file: number): number {
    let root = file;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[file] !== root) [file, this.parent[file]] = [this.parent[file], root];
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
