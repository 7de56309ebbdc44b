// Every dataset of a data folder and their union: the union is the set union of the datasets' graphs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad, Writer } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { exportAll } from '../../src/pipeline/index.ts';
import { memoryIo } from '../helpers/memory-io.ts';

const REGISTER = 'tests/fixtures/register';
const RED_ARMY = 'https://w3id.org/conflict-kg/id/actor/red-army';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const rdflib = spawnSync('/usr/bin/python3', ['-c', 'import rdflib']).status === 0;

function lines(quads: Quad[]): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  return [...new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object)))].sort();
}
const nt = (dir: string, name: string) =>
  new Parser({ format: 'N-Triples' }).parse(readFileSync(join(dir, name), 'utf8'));

/** The graph rdflib reads from a file, as N-Triples lines (an independent parser of Turtle and JSON-LD). */
function viaRdflib(file: string, format: string): string[] {
  const script = [
    'import sys, rdflib',
    'rdflib.NORMALIZE_LITERALS = False',
    'g = rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2])',
    'sys.stdout.write(g.serialize(format="nt"))',
  ].join('\n');
  const out = execFileSync('/usr/bin/python3', ['-c', script, file, format], { encoding: 'utf8' });
  return lines(new Parser({ format: 'N-Triples' }).parse(out));
}

describe('exportAll over the register fixture (alpha and beta share red-army and hill-1)', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ckg-all-'));
    await exportAll({ dataRoot: REGISTER, outDir: out });
  });

  it('writes each dataset (the register folder is none) and the union', () => {
    const names = readdirSync(out);
    for (const f of ['alpha.nt', 'alpha.ttl', 'beta.nt', 'beta.jsonld', 'conflict-kg.nt', 'conflict-kg.ttl'])
      expect(names).toContain(f);
    expect(names).toContain('conflict-kg.jsonld');
    expect(names.some((n) => n.startsWith('entities'))).toBe(false);
  });

  it('the union dump is the set union of the datasets’ graphs; a shared entity is one node, its triples once', () => {
    const alpha = lines(nt(out, 'alpha.nt'));
    const beta = lines(nt(out, 'beta.nt'));
    const union = lines(nt(out, 'conflict-kg.nt'));
    expect(union).toEqual([...new Set([...alpha, ...beta])].sort());
    const shared = alpha.filter((l) => beta.includes(l));
    expect(shared.length).toBeGreaterThan(0);
    expect(union.length).toBe(alpha.length + beta.length - shared.length);
    // The file itself holds each triple once: red-army is typed in both datasets, once in the union.
    const typed = readFileSync(join(out, 'conflict-kg.nt'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith(`<${RED_ARMY}> <${RDF_TYPE}> `));
    expect(typed.length).toBeGreaterThan(0);
    expect(new Set(typed).size).toBe(typed.length);
    const inAlpha = readFileSync(join(out, 'alpha.nt'), 'utf8').split('\n');
    const inBeta = readFileSync(join(out, 'beta.nt'), 'utf8').split('\n');
    for (const l of typed) expect(inAlpha.includes(l) && inBeta.includes(l), l).toBe(true);
  });

  it.skipIf(!rdflib && !process.env.CI)('rdflib reads the same union graph from its Turtle and JSON-LD', () => {
    const union = lines(nt(out, 'conflict-kg.nt'));
    expect(viaRdflib(join(out, 'conflict-kg.ttl'), 'turtle')).toEqual(union);
    expect(viaRdflib(join(out, 'conflict-kg.jsonld'), 'json-ld')).toEqual(union);
  });

  it('is byte-identical run to run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'ckg-all-'));
    await exportAll({ dataRoot: REGISTER, outDir: again });
    for (const name of readdirSync(out))
      expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
  });
});

describe('build without --data', () => {
  it('reports bad input in any dataset at file:line:col and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-all-bad-'));
    cpSync(REGISTER, join(root, 'data'), { recursive: true });
    const facts = join(root, 'data', 'beta', 'facts.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('event: second-offensive', 'event: third-offensive'));
    const io = { ...memoryIo(), cwd: root };
    expect(await run(['build', '--quiet'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/data\/beta\/facts\.yaml:\d+:\d+: .*third-offensive/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('a build of one dataset over a build of all keeps the others’ files but drops the union, no longer theirs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ckg-all-one-'));
    cpSync(REGISTER, join(root, 'data'), { recursive: true });
    const io = { ...memoryIo(), cwd: root };
    expect(await run(['build', '--quiet'], io)).toBe(0);
    expect(readdirSync(join(root, 'dist'))).toContain('conflict-kg.nt');
    expect(await run(['build', '--quiet', '--data', 'data/alpha'], { ...memoryIo(), cwd: root })).toBe(0);
    const names = readdirSync(join(root, 'dist'));
    expect(names).toContain('alpha.nt');
    expect(names).toContain('beta.nt');
    expect(names.filter((n) => /^conflict-kg\.(nt|ttl|jsonld)$/.test(n))).toEqual([]);
  });

  it('refuses --base, which names one dataset’s resources', async () => {
    const io = memoryIo();
    expect(await run(['build', '--base', 'https://example.org/x/'], io)).toBe(2);
    expect(io.err.join('')).toContain('--base applies to one dataset: give --data DIR with it');
  });
});

describe('query over several datasets', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ckg-all-q-'));
    await exportAll({ dataRoot: REGISTER, outDir: out });
  });
  const events = async (...extra: string[]) => {
    const io = memoryIo();
    const text = 'SELECT ?e { ?e a <https://w3id.org/conflict-kg/ontology#MilitaryOperation> } ORDER BY ?e';
    expect(await run(['query', text, '--from', out, '--format', 'csv', ...extra], io)).toBe(0);
    return io.out.join('').trim().split('\r\n').slice(1);
  };

  it('sees every dataset by default, and one with --dataset', async () => {
    const all = await events();
    expect(all).toHaveLength(2);
    expect(all.some((e) => e.includes('first-offensive'))).toBe(true);
    expect(all.some((e) => e.includes('second-offensive'))).toBe(true);
    const alpha = await events('--dataset', 'alpha');
    expect(alpha).toHaveLength(1);
    expect(alpha[0]).toContain('first-offensive');
    expect(await events('--dataset', 'beta')).toEqual(all.filter((e) => e.includes('second-offensive')));
  });

  it('reads the RDF merge as the default graph: a shared entity’s triple is one row, not one per dataset', async () => {
    const io = memoryIo();
    const text = `SELECT ?c { <${RED_ARMY}> a ?c } ORDER BY ?c`;
    expect(await run(['query', text, '--from', out, '--format', 'csv'], io)).toBe(0);
    const rows = io.out.join('').trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows).size).toBe(rows.length);
    const count = memoryIo();
    expect(await run(['query', 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }', '--from', out, '--format', 'csv'], count)).toBe(
      0,
    );
    const vocabulary = ['conflict-kg-ontology.nt', 'conflict-kg-concepts.nt'].map((f) => lines(nt(out, f)).length);
    const union = lines(nt(out, 'conflict-kg.nt')).length;
    expect(count.out.join('')).toBe(`n\r\n${union + vocabulary[0] + vocabulary[1]}\r\n`);
  });

  it('does not load the union file beside the datasets', async () => {
    const io = memoryIo();
    const text = 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g';
    expect(await run(['query', text, '--from', out, '--format', 'csv'], io)).toBe(0);
    const counts = io.out.join('').trim().split('\r\n').slice(1);
    // alpha's and beta's graphs and the two vocabulary graphs: no fifth graph holding the union again.
    expect(counts).toHaveLength(4);
    const datasets = counts.filter((c) => c.includes('/dataset/'));
    expect(datasets.map((c) => Number(c.split(',')[1]))).toEqual(
      ['alpha.nt', 'beta.nt'].map((f) => lines(nt(out, f)).length),
    );
  });

  it('names the datasets there are when --dataset names none of them', async () => {
    const io = memoryIo();
    expect(await run(['query', 'ASK {}', '--from', out, '--dataset', 'alpah'], io)).toBe(2);
    expect(io.err.join('')).toContain(`no dataset "alpah" in ${out}: expected one of alpha, beta`);
    expect(io.err.join('')).toContain('did you mean "alpha"?');
  });
});
