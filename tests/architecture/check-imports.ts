// Checks the imports of a source tree against the floors: no import upward or sideways, none into another folder's
// internals, no cycle. Works on texts, so the rules can be tested on small made-up trees.
import { dirname, join, normalize } from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of each file (paths relative to the tree's root, e.g. `query/run-query.ts`). */
export function importEdges(files: Map<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    const code = text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of code.matchAll(SPECIFIER)) {
      const to = normalize(join(dirname(from), m[1]!));
      // What lies outside the tree (the shapes, the queries, the JSON Schema) is data read at run time, not code.
      if (!to.startsWith('..')) edges.push({ from, to });
    }
  }
  return edges;
}

/** `query/run-query.ts` → `query`; `vocab.ts` → '' (the root). */
export function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
}

export function floorOf(
  path: string,
  floors: Record<string, number>,
  rootFloors: Record<string, number>,
): number | undefined {
  const folder = folderOf(path);
  return folder === '' ? (rootFloors[path] ?? floors['']) : floors[folder];
}

/** One message per import that breaks a rule, and per folder the floors table does not place. */
export function floorViolations(
  edges: ImportEdge[],
  floors: Record<string, number>,
  rootFloors: Record<string, number> = {},
): string[] {
  const problems = new Set<string>();
  for (const { from, to } of edges) {
    const [a, b] = [floorOf(from, floors, rootFloors), floorOf(to, floors, rootFloors)];
    if (a === undefined) problems.add(`${folderOf(from)}/ is on no floor: add it to the floors table`);
    if (b === undefined) problems.add(`${folderOf(to)}/ is on no floor: add it to the floors table`);
    if (a === undefined || b === undefined || (folderOf(from) === folderOf(to) && a === b)) continue;
    if (b > a) problems.add(`${from} imports ${to}: upward (floor ${a} → ${b})`);
    else if (b === a) problems.add(`${from} imports ${to}: sideways (both on floor ${a})`);
    else if (folderOf(to) !== '' && to !== `${folderOf(to)}/index.ts`)
      problems.add(`${from} imports ${to}: another folder's internals (import ${folderOf(to)}/index.ts)`);
  }
  return [...problems].sort();
}

/** Every import cycle, each as its files in order, starting from its smallest path. */
export function importCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of [...(next.get(node) ?? [])].sort()) {
      if (state.get(to) === 'open') {
        const cycle = stack.slice(stack.indexOf(to));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join(' → '), rotated);
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}
