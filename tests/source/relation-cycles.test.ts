import { describe, expect, it } from 'vitest';
import { RelationEdges } from '../../src/source/relation-cycles.ts';
import { copyFixture, loadProblems, MINI } from '../helpers/fixture-dir.ts';

const problems = (edit: (text: string) => string) => loadProblems(copyFixture(MINI, { 'facts.yaml': edit }));

describe('cycles in the relations that lead up to a root', () => {
  it('refuses an event that is part of itself, at its partOf, instead of overflowing the stack', () => {
    expect(problems((t) => t.replace('    partOf: offensive', '    partOf: capture-hill-1'))).toEqual([
      'DIR/facts.yaml:26:13: error E_SOURCE_CYCLE: expected partOf to lead up to a root, found a cycle: "capture-hill-1" → "capture-hill-1"',
    ]);
  });

  it("refuses two events that are each other's part, naming the cycle once", () => {
    const edit = (t: string) => t.replace('    begin: 2017-07-21', '    partOf: capture-hill-1\n    begin: 2017-07-21');
    expect(problems(edit)).toEqual([
      'DIR/facts.yaml:27:13: error E_SOURCE_CYCLE: expected partOf to lead up to a root, found a cycle: "capture-hill-1" → "offensive" → "capture-hill-1"',
    ]);
  });

  it('refuses a cycle in memberOf, within and relativeTo', () => {
    const member = (t: string) =>
      t.replace('    englishLabel: translation', '    englishLabel: translation\n    memberOf: blue-force');
    expect(problems(member)).toEqual([
      'DIR/facts.yaml:10:15: error E_SOURCE_CYCLE: expected memberOf to lead up to a root, found a cycle: "blue-force" → "blue-force"',
    ]);
    expect(problems((t) => t.replace('    type: hill\n', '    type: hill\n    within: [hill-1]\n'))).toEqual([
      'DIR/facts.yaml:13:14: error E_SOURCE_CYCLE: expected within to lead up to a root, found a cycle: "hill-1" → "hill-1"',
    ]);
    const relative = (t: string) => t.replace('relativeTo: offensive}', 'relativeTo: capture-hill-1}');
    expect(problems(relative)).toEqual([
      'DIR/facts.yaml:27:60: error E_SOURCE_CYCLE: expected relativeTo to lead up to a root, found a cycle: "capture-hill-1" → "capture-hill-1"',
    ]);
  });
});

describe('RelationEdges', () => {
  it('finds a long chain without a cycle in one pass, and a cycle at its end', () => {
    const edges = new RelationEdges();
    const n = 50_000;
    for (let i = 0; i < n; i++) edges.add('events', { id: `e${i}`, partOf: `e${i + 1}` }, 0, i);
    expect(edges.cycles()).toEqual([]);
    edges.add('events', { id: `e${n}`, partOf: `e${n - 1}` }, 0, n);
    expect(edges.cycles().map((c) => c.ids)).toEqual([[`e${n - 1}`, `e${n}`]]);
  });
});
