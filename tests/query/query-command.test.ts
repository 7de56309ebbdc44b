import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.ts';
import { run } from '../../src/cli/main.ts';
import { readCatalogue } from '../../src/query/catalogue.ts';
import { FIXTURE } from './helpers.ts';

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await run(['query', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('conflict-kg query', () => {
  it('lists the catalogue, one line per query: its name, then what it answers', async () => {
    const { code, out } = await cli('--list');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(readCatalogue().map((e) => e.name));
    expect(lines).toContain(
      'commanders                  the commanders and leaders of each side, the group each led or belonged to, their title and how they ended',
    );
  });

  it('runs a catalogue query by name with parameters, its table in the language asked for', async () => {
    const args = ['events-at-place', '--from', FIXTURE, '--param', 'place=arsal', '--lang', 'ko', '--format', 'table'];
    const { code, out } = await cli(...args);
    expect(code).toBe(0);
    expect(out).toContain('ISIL의 지역 점령');
    expect(out).toContain('아살 방어거점 점령');
    expect(out).not.toContain('Capture of');
  });

  it('gives every row the engine returned in a machine format, whatever --lang says', async () => {
    const count = await cli('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', '--from', FIXTURE);
    const all = await cli('SELECT * WHERE { ?s ?p ?o }', '--from', FIXTURE, '--format', 'json', '--lang', 'en');
    const rows = (JSON.parse(all.out) as { results: { bindings: unknown[] } }).results.bindings;
    expect(`n\r\n${rows.length}\r\n`).toBe(count.out);
    const objects = await cli('SELECT ?o WHERE { ?s ?p ?o }', '--from', FIXTURE, '--format', 'csv', '--lang', 'ko');
    expect(objects.out.trimEnd().split('\r\n').length - 1).toBe(rows.length);
    const tsv = await cli(
      'events-at-place',
      '--from',
      FIXTURE,
      '--param',
      'place=arsal',
      '--format',
      'tsv',
      '--lang',
      'ko',
    );
    expect(tsv.out).toContain('"Capture of the Arsal defensive posts"@en');
  });

  it('reads the data, the ontology and the concept schemes from dist/, each in its named graph, their union by default', async () => {
    const labels = await cli(
      [
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
        'PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>',
        'PREFIX role: <https://w3id.org/conflict-kg/concept/role/>',
        'SELECT DISTINCT ?class ?concept WHERE { ?p a ckg:Participation ; sem:roleType role:commander .',
        '  ckg:Participation rdfs:label ?class . role:commander skos:prefLabel ?concept',
        '  FILTER(lang(?class) = "en" && lang(?concept) = "ko") }',
      ].join('\n'),
      '--from',
      'dist',
    );
    expect(labels.out).toBe('class,concept\r\nparticipation,지휘관\r\n');
    const graphs = await cli('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g', '--from', 'dist');
    expect(graphs.out).toBe(
      [
        'g',
        'https://w3id.org/conflict-kg/concept',
        'https://w3id.org/conflict-kg/id/aftermath-2017/dataset/aftermath-2017',
        'https://w3id.org/conflict-kg/id/qalamoun-2017/dataset/qalamoun-2017',
        'https://w3id.org/conflict-kg/ontology',
        '',
      ].join('\r\n'),
    );
  });

  it('runs SPARQL given inline, as CSV when stdout is not a terminal', async () => {
    const { code, out } = await cli(
      'SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/conflict-kg/ontology#Place> }',
      '--from',
      FIXTURE,
    );
    expect([code, out]).toEqual([0, 'n\r\n4\r\n']);
  });

  it('runs a .rq file, and points a syntax error in it at file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckg-rq-'));
    writeFileSync(
      join(dir, 'good.rq'),
      '# title: places\nSELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/conflict-kg/ontology#Place> }\n',
    );
    writeFileSync(join(dir, 'bad.rq'), '# title: broken\nSELECT ?s WHERE {\n  ?s ?p ?o .\n  OPTIONAL { ?s ?q ?x\n}\n');
    expect((await cli(join(dir, 'good.rq'), '--from', FIXTURE)).out).toBe('n\r\n4\r\n');
    const bad = await cli(join(dir, 'bad.rq'), '--from', FIXTURE);
    expect([bad.code, bad.err]).toEqual([
      1,
      `${join(dir, 'bad.rq')}:2:17: error E_QUERY_SYNTAX: "{" is never closed\n1 error\n`,
    ]);
  });

  it('answers a CONSTRUCT in JSON-LD', async () => {
    const { code, out } = await cli(
      'event-graph',
      '--from',
      FIXTURE,
      '--param',
      'event=seizure-2013',
      '--format',
      'jsonld',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)['@graph'].map((n: { '@id': string }) => n['@id'])).toEqual([
      'event:seizure-2013',
      'timespan:seizure-2013',
    ]);
  });

  it('lists the close names for an unknown catalogue name', async () => {
    const { code, err } = await cli('comanders', '--from', FIXTURE);
    expect(code).toBe(1);
    expect(err).toBe(
      'error E_QUERY_UNKNOWN: no query named "comanders" in the catalogue\n  hint: did you mean commanders?\n1 error\n',
    );
  });

  it('stops at --timeout with a clear message', async () => {
    const { code, err } = await cli(
      'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }',
      '--from',
      FIXTURE,
      '--timeout',
      '1',
    );
    expect(code).toBe(1);
    expect(err).toContain('error E_QUERY_TIMEOUT: the query was stopped after 1 s (--timeout 1)');
  });

  it('refuses a format that does not fit the query form as a usage error, before loading any data', async () => {
    const select = await cli('places', '--from', '/nonexistent', '--format', 'turtle');
    expect(select.code).toBe(2);
    expect(select.err).toContain(
      '--format turtle is for CONSTRUCT and DESCRIBE; a SELECT or ASK gives table, json, csv or tsv',
    );
    const construct = await cli('event-graph', '--from', '/nonexistent', '--param', 'event=x', '--format', 'csv');
    expect([construct.code, construct.err.split('\n')[0]]).toEqual([
      2,
      'conflict-kg query: --format csv is for SELECT and ASK; a CONSTRUCT or DESCRIBE gives turtle, ntriples, jsonld or table',
    ]);
  });
});
