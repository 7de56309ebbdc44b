// `room` waits for the disk without spinning: with one file's writes done and the others' still pending above the
// bound, it must yield to the writes (a loop over the settled write never lets them finish, and runs out of heap).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const module = fileURLToPath(new URL('../../src/serialization/partition-files.ts', import.meta.url));
const vocab = fileURLToPath(new URL('../../src/vocab.ts', import.meta.url));

// A child with a small heap: the spinning loop dies of it (exit code ≠ 0) instead of hanging the test run.
const script = `
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
const { openPartitionFiles } = await import(${JSON.stringify(module)});
const { prefixesFor } = await import(${JSON.stringify(vocab)});
const { namedNode, literal, quad } = DataFactory;
const base = 'https://example.org/id/t/';
const quads = [];
for (let i = 0; i < 3000; i++) quads.push(quad(namedNode(base + 'actor/a' + i), namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('이름 ' + i, 'ko')));
const files = openPartitionFiles(mkdtempSync(join(tmpdir(), 'ckg-room-')), 't', prefixesFor(base), 1024);
for (let round = 0; round < 3; round++) { files.add(quads); await files.room(); }
const written = await files.close();
process.stdout.write(written.map((f) => f.name).join(' '));
`;

describe('PartitionFiles.room', () => {
  it('resolves once the pending bytes fall under the bound, with some files idle and others still writing', () => {
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('t.ttl t.nt t.jsonld t.context.jsonld');
  });
});
