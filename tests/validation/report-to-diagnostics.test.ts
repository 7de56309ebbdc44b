import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/run-pipeline.ts';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { run } from '../../src/cli/main.ts';
import { memoryIo } from '../helpers/memory-io.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';
import { parseTurtle } from '../helpers/rdf.ts';

// Valid YAML that the shapes reject: a strength in square kilometres is no count of people.
const inKm2 = () => copyFixture(MINI, { 'facts.yaml': (t) => t.replace('    unit: person\n', '    unit: km2\n') });

const EXPECTED = [
  'DIR/facts.yaml:51:5: error E_SHACL_VIOLATION: a count of people is a whole number: schema:maxValue must be an xsd:integer (focus quantity:red-strength, path schema:maxValue, value "4000"^^xsd:decimal, DatatypeConstraintComponent of ckgsh:PeopleQuantityShape)',
  'DIR/facts.yaml:51:5: error E_SHACL_VIOLATION: a count of people is a whole number: schema:minValue must be an xsd:integer (focus quantity:red-strength, path schema:minValue, value "1500"^^xsd:decimal, DatatypeConstraintComponent of ckgsh:PeopleQuantityShape)',
  'DIR/facts.yaml:51:5: error E_SHACL_VIOLATION: a count of people has schema:unitCode "C62" (focus quantity:red-strength, path schema:unitCode, HasValueConstraintComponent of ckgsh:PeopleQuantityShape)',
];

describe('reportToDiagnostics', () => {
  it('points each SHACL result at the YAML entry of the offending fact, in human terms', async () => {
    const dir = inKm2();
    const error = await buildGraph({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics.map((d) => formatDiagnostic(d).replaceAll(dir, 'DIR'))).toEqual(
      EXPECTED,
    );
  });

  it('makes build and validate exit 1 with the same messages, without writing, and validate --report write the machine report', async () => {
    const dir = inKm2();
    const out = mkdtempSync(join(tmpdir(), 'ckg-out-'));
    const io = memoryIo();
    expect(await run(['build', '--data', dir, '--out', out], io)).toBe(1);
    expect(io.err.join('').replaceAll(dir, 'DIR')).toBe(`${EXPECTED.join('\n')}\n3 errors\n`);
    expect(readdirSync(out)).toEqual([]);
    const checked = memoryIo();
    expect(await run(['validate', '--data', dir], checked)).toBe(1);
    expect(checked.err.join('').replaceAll(dir, 'DIR')).toBe(`${EXPECTED.join('\n')}\n3 errors\n`);
    const report = join(out, 'report.ttl');
    expect(await run(['validate', '--data', dir, '--report', report], memoryIo())).toBe(1);
    const quads = parseTurtle(readFileSync(report, 'utf8'));
    expect(quads.filter((q) => q.predicate.value.endsWith('#conforms')).map((q) => q.object.value)).toEqual(['false']);
    expect(quads.filter((q) => q.predicate.value.endsWith('#result'))).toHaveLength(3);
    expect(quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toBe(false);
  });
});
