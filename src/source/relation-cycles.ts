// The relations that must lead up to a root (an event's parent, a group's parent, a place's container, a commander's
// chain, the event a date is counted from): their edges are gathered in pass 1, and a cycle is refused there, before
// anything follows the relation (mapping a partition walks partOf, and a cycle would never end).
import type { SectionName } from './facts.ts';

/** One relation: the section of its entries and the field path of its target ids (a list for `within`). */
interface Relation {
  name: string;
  section: SectionName;
  fields: readonly (readonly string[])[];
}

const RELATIONS: readonly Relation[] = [
  { name: 'partOf', section: 'events', fields: [['partOf']] },
  { name: 'memberOf', section: 'actors', fields: [['memberOf']] },
  { name: 'within', section: 'places', fields: [['within']] },
  { name: 'commands', section: 'participations', fields: [['commands']] },
  {
    name: 'relativeTo',
    section: 'events',
    fields: [
      ['date', 'relativeTo'],
      ['begin', 'relativeTo'],
      ['end', 'relativeTo'],
    ],
  },
];

/** Where an edge was written: the file, and the path of the field inside it. */
export interface EdgeSite {
  file: number;
  path: (string | number)[];
}

export interface Cycle {
  relation: string;
  /** The ids around the cycle, starting from the smallest; the first id leads to the second, and so on. */
  ids: string[];
  /** Where the first id's edge to the second is written. */
  site: EdgeSite;
}

/** An edge as pass 1 keeps it: the target, and numbers that say where it is written (the path is made on demand). */
interface Edge {
  to: string;
  file: number;
  entry: number;
  field: number;
  /** The position in a list of targets (`within`), or -1. */
  item: number;
}

type Graph = Map<string, Edge[]>;

/** The edges of every relation, from pass 1 (a few numbers an edge: memory grows with the relations, not the facts). */
export class RelationEdges {
  private readonly edges = new Map<Relation, Graph>(RELATIONS.map((r) => [r, new Map()]));

  /** Records the edges an entry writes (its id, its section and its position in its file). */
  add(section: SectionName, entry: Record<string, unknown>, file: number, index: number): void {
    if (typeof entry.id !== 'string') return;
    for (const [relation, graph] of this.edges) {
      if (relation.section !== section) continue;
      relation.fields.forEach((field, f) => {
        const value = valueAt(entry, field);
        const targets = Array.isArray(value) ? value : [value];
        targets.forEach((to, i) => {
          if (typeof to !== 'string') return;
          const edge = { to, file, entry: index, field: f, item: Array.isArray(value) ? i : -1 };
          const list = graph.get(entry.id as string);
          if (list) list.push(edge);
          else graph.set(entry.id as string, [edge]);
        });
      });
    }
  }

  /** Every cycle, once each, relation by relation. */
  cycles(): Cycle[] {
    return [...this.edges].flatMap(([relation, graph]) =>
      findCycles(graph).map(({ ids, edge }) => ({ relation: relation.name, ids, site: siteOf(relation, edge) })),
    );
  }
}

function valueAt(entry: Record<string, unknown>, field: readonly string[]): unknown {
  let value: unknown = entry;
  for (const key of field)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function siteOf(relation: Relation, edge: Edge): EdgeSite {
  const path: (string | number)[] = [relation.section, edge.entry, ...relation.fields[edge.field]!];
  return { file: edge.file, path: edge.item >= 0 ? [...path, edge.item] : path };
}

/** Cycles of one graph, by an iterative depth-first search (a long chain must not overflow the stack). */
function findCycles(graph: Graph): { ids: string[]; edge: Edge }[] {
  const state = new Map<string, 'open' | 'done'>();
  const found = new Map<string, { ids: string[]; edge: Edge }>();
  for (const start of [...graph.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = graph.get(top.id) ?? [];
      if (top.next >= out.length) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const to = out[top.next++]!.to;
      if (state.get(to) === 'open') record(found, path.slice(path.indexOf(to)), graph);
      else if (!state.has(to) && graph.has(to)) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
        path.push(to);
      }
    }
  }
  return [...found.values()];
}

function record(found: Map<string, { ids: string[]; edge: Edge }>, cycle: string[], graph: Graph): void {
  const first = cycle.indexOf([...cycle].sort()[0]!);
  const ids = [...cycle.slice(first), ...cycle.slice(0, first)];
  const key = ids.join('\u0000');
  if (found.has(key)) return;
  const next = ids[1 % ids.length]!;
  const edge = graph.get(ids[0]!)!.find((e) => e.to === next)!;
  found.set(key, { ids, edge });
}
