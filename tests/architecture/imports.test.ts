import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { floorViolations, importCycles, importEdges } from './check-imports.ts';
import { FLOORS, ROOT_FLOORS } from './floors.ts';

const SRC = 'src';

function sourceTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|mjs)$/.test(name)) files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the imports of src/', () => {
  const edges = importEdges(sourceTree(SRC));

  it("go only downward, through each folder's index.ts", () => {
    expect(floorViolations(edges, FLOORS, ROOT_FLOORS)).toEqual([]);
  });

  it('form no cycle, inside a folder or across folders', () => {
    expect(importCycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('place every folder of src/ on a floor', () => {
    const folders = readdirSync(SRC)
      .filter((n) => statSync(join(SRC, n)).isDirectory())
      .sort();
    expect(folders.filter((f) => FLOORS[f] === undefined)).toEqual([]);
  });

  it('leave process (exit codes, streams, arguments) to src/cli', () => {
    const touching = [...sourceTree(SRC)].filter(
      ([path, text]) =>
        !path.startsWith('cli/') && /\bprocess\.(exit|stdout|stderr|argv|env|cwd|exitCode)\b/.test(text),
    );
    expect(touching.map(([path]) => path)).toEqual([]);
  });
});

describe('floorViolations', () => {
  const floors = { '': 0, source: 1, mapping: 2, query: 3, serve: 4 };

  it('reports an import upward, even through the index', () => {
    const edges = importEdges(
      tree({ 'mapping/map.ts': "import { run } from '../query/index.ts';", 'query/index.ts': '' }),
    );
    expect(floorViolations(edges, floors)).toEqual(['mapping/map.ts imports query/index.ts: upward (floor 2 → 3)']);
  });

  it("reports an import into another folder's internals, and accepts the same through its index.ts", () => {
    const inside = importEdges(tree({ 'serve/server.ts': "import { runQuery } from '../query/run-query.ts';" }));
    expect(floorViolations(inside, floors)).toEqual([
      "serve/server.ts imports query/run-query.ts: another folder's internals (import query/index.ts)",
    ]);
    expect(
      floorViolations(
        importEdges(tree({ 'serve/server.ts': "import { runQuery } from '../query/index.ts';" })),
        floors,
      ),
    ).toEqual([]);
  });

  it('reports a sideways import and a folder on no floor; core files are open to all', () => {
    const edges = importEdges(
      tree({
        'query/a.ts': "import { x } from '../mapping/index.ts';\nimport { y } from '../vocab.ts';",
        'mapping/b.ts': "export * from '../mapping2/index.ts';",
      }),
    );
    expect(floorViolations(edges, { ...floors, query: 2 })).toEqual([
      'mapping2/ is on no floor: add it to the floors table',
      'query/a.ts imports mapping/index.ts: sideways (both on floor 2)',
    ]);
  });

  it('sees dynamic imports and worker URLs, and ignores commented-out imports', () => {
    const edges = importEdges(
      tree({
        'source/a.ts':
          "const m = await import('../serve/index.ts');\nnew Worker(new URL('../query/w.js', import.meta.url));\n// import { z } from '../serve/index.ts';",
      }),
    );
    expect(floorViolations(edges, floors)).toEqual([
      'source/a.ts imports query/w.js: upward (floor 1 → 3)',
      'source/a.ts imports serve/index.ts: upward (floor 1 → 4)',
    ]);
  });
});

describe('importCycles', () => {
  it('finds a cycle inside a folder and names its files in order', () => {
    const edges = importEdges(
      tree({
        'site/render-page.ts': "import { a } from './render-operation.ts';",
        'site/render-operation.ts': "import { b } from './render-sides.ts';",
        'site/render-sides.ts': "import { c } from './render-page.ts';",
        'site/paths.ts': "import { d } from './render-page.ts';",
      }),
    );
    expect(importCycles(edges)).toEqual([['site/render-operation.ts', 'site/render-sides.ts', 'site/render-page.ts']]);
  });

  it('finds none in a tree that only goes down', () => {
    expect(
      importCycles(
        importEdges(tree({ 'a/x.ts': "import '../b/index.ts';", 'b/index.ts': "import './y.ts';", 'b/y.ts': '' })),
      ),
    ).toEqual([]);
  });
});
