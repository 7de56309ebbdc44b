// Real SPARQL clients against a running server: Debian's roqet (rasqal 0.9.33, `roqet -p`, which always asks for
// SPARQL XML results and reads variable bindings only, so SELECT is what it can run) with each results syntax it
// reads, and Python's SPARQLWrapper (python3-sparqlwrapper 1.8.5) in every format, failing on its format warnings.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

// Installed by scripts/install-system-packages.sh; skipped on a developer machine without them, never in CI.
const hasRoqet = existsSync('/usr/bin/roqet') || Boolean(process.env.CI);
const hasSparqlWrapper = existsSync('/usr/lib/python3/dist-packages/SPARQLWrapper') || Boolean(process.env.CI);
// The server runs in this process: the clients must run asynchronously, or they would wait on a blocked server.
const run = async (cmd: string, args: string[]) => (await promisify(execFile)(cmd, args, { encoding: 'utf8' })).stdout;
const SESSION = fileURLToPath(new URL('fixture/sparqlwrapper-session.py', import.meta.url));

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
});
afterAll(() => server.close());

const PHASES = [
  'https://w3id.org/conflict-kg/id/mini/event/first-campaign',
  'https://w3id.org/conflict-kg/id/mini/event/second-campaign',
];
const SELECT = 'PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?e WHERE { ?e a ckg:Phase } ORDER BY ?e';

describe.skipIf(!hasRoqet)('roqet -p', () => {
  it.each(['xml', 'csv', 'tsv'])('reads the two phases from the endpoint with -R %s', async (syntax) => {
    const out = await run('roqet', ['-p', `${server.url}/sparql`, '-R', syntax, '-e', SELECT]);
    expect(out).toBe(PHASES.map((p) => `row: [e=uri<${p}>]\n`).join(''));
  });

  it('reads Korean labels intact (roqet prints them \\u-escaped)', async () => {
    const q =
      'SELECT ?l WHERE { <https://w3id.org/conflict-kg/id/mini/event/first-campaign> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = "ko") }';
    const out = await run('roqet', ['-p', `${server.url}/sparql`, '-e', q]);
    expect(out).toBe('row: [l=string("\\uC81C1\\uCC28 \\uC791\\uC804"@ko)]\n');
  });
});

describe.skipIf(!hasSparqlWrapper)('SPARQLWrapper', () => {
  it('reads SELECT as JSON, XML, CSV and TSV, ASK as JSON and XML, CONSTRUCT as Turtle, N3, RDF/XML and JSON-LD', async () => {
    const out = await run('/usr/bin/python3', [
      '-W',
      'error::RuntimeWarning',
      '-W',
      'ignore::DeprecationWarning',
      SESSION,
      `${server.url}/sparql`,
    ]);
    expect(JSON.parse(out)).toEqual({
      json: PHASES,
      xml: PHASES,
      csv: `e\r\n${PHASES.join('\r\n')}\r\n`,
      tsv: `?e\n${PHASES.map((p) => `<${p}>`).join('\n')}\n`,
      'ask-json': true,
      'ask-xml': 'true',
      'jsonld-type': 'application/ld+json',
      jsonld: PHASES,
      'turtle-type': 'text/turtle; charset=utf-8',
      turtle: PHASES,
      'n3-type': 'text/turtle; charset=utf-8',
      n3: PHASES,
      'rdfxml-type': 'application/rdf+xml',
      rdfxml: PHASES,
    });
  });
});
