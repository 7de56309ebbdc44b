// The generator of the input fuzz: seeded mutations of the mini dataset's YAML (structure, encodings, sizes,
// references, cycles) and hostile command lines. Each case is plain data, so a failing one can be replayed.
import { createRandom, type Random } from '../../src/synth/prng.ts';

export interface YamlCase {
  kind: string;
  /** The file of the mini dataset to replace, and its new bytes. */
  file: 'facts.yaml' | 'dataset.yaml';
  bytes: Buffer;
}

export interface ArgvCase {
  kind: string;
  argv: string[];
}

type Mutation = (text: string, r: Random) => Buffer | string;

const lines = (t: string) => t.split('\n');

/** Each mutation keeps most of the file, so the checks after the syntax still run. */
const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (t, r) => {
    const l = lines(t);
    l.splice(r.int(1, l.length - 1), 1);
    return l.join('\n');
  },
  'duplicate a line': (t, r) => {
    const l = lines(t);
    const i = r.int(1, l.length - 1);
    l.splice(i, 0, l[i]!);
    return l.join('\n');
  },
  'shift indentation': (t, r) => {
    const l = lines(t);
    const i = r.int(1, l.length - 1);
    l[i] = r.chance(0.5) ? ` ${l[i]}` : l[i]!.replace(/^ {1,2}/, '');
    return l.join('\n');
  },
  'swap two lines': (t, r) => {
    const l = lines(t);
    const [i, j] = [r.int(1, l.length - 1), r.int(1, l.length - 1)];
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('\n');
  },
  truncate: (t, r) => t.slice(0, r.int(0, t.length - 1)),
  'invalid UTF-8 byte': (t, r) => {
    const b = Buffer.from(t);
    const at = r.int(0, b.length - 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from([r.pick([0xe9, 0xff, 0xc0, 0x80, 0xed])]), b.subarray(at)]);
  },
  'NUL and control bytes': (t, r) => {
    const at = r.int(0, t.length - 1);
    return `${t.slice(0, at)}${r.pick(['\u0000', '\u0007', '\u001b[31m', '\r'])}${t.slice(at)}`;
  },
  'huge scalar': (t, r) =>
    t.replace(/: ([A-Za-z][^\n{[]*)\n/, `: ${r.pick(['x', '한', '"'])}${'y'.repeat(r.int(10_000, 300_000))}\n`),
  'huge number': (t, r) => t.replace(/\b(\d{3,4})\b/, r.pick(['18446744073709551617', '1e400', '-0', '0x10', '1_000'])),
  'unknown reference': (t, r) =>
    t.replace(
      /(partOf|event|actor|about|side|places): \[?([a-z0-9-]+)/,
      `$1: ${r.pick(['nowhere', 'Hill-1', '../x', '"a b"'])}`,
    ),
  'self reference': (t, r) => {
    const id = r.pick(['offensive', 'capture-hill-1', 'hill-1', 'blue-force']);
    const field =
      id === 'hill-1' ? `    within: [${id}]` : id === 'blue-force' ? `    memberOf: ${id}` : `    partOf: ${id}`;
    return t.replace(new RegExp(`(  - id: ${id}\\n)`), `$1${field}\n`);
  },
  'wrong type': (t, r) =>
    t.replace(/(\w+): ([^\n]+)\n/, `$1: ${r.pick(['[1, 2]', '{a: 1}', 'null', 'true', '~', '!!binary aGk='])}\n`),
  'YAML anchors and tags': (t, r) =>
    `${r.pick(['x: &a [*a]\n', '!!python/object:os.system ls\n', '%YAML 9.9\n---\n', '---\n---\n'])}${t}`,
  'duplicate key': (t) => t.replace(/( {2}- id: ([a-z0-9-]+)\n)/, '$1    id: $2\n'),
  'empty file': () => '',
};

/** `count` YAML cases from `seed`, the kinds in turn so each kind is tried about equally. */
export function yamlCases(
  seed: number,
  count: number,
  base: Record<'facts.yaml' | 'dataset.yaml', string>,
): YamlCase[] {
  const r = createRandom(seed);
  const kinds = Object.keys(MUTATIONS);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const file = r.chance(0.8) ? 'facts.yaml' : 'dataset.yaml';
    const out = MUTATIONS[kind]!(base[file], r);
    return { kind, file, bytes: typeof out === 'string' ? Buffer.from(out) : out };
  });
}

const HOSTILE_VALUES = [
  '',
  ' ',
  '-',
  '--',
  '\u0000',
  'x'.repeat(5000),
  '../../etc',
  '/proc/x',
  '99999',
  '-1',
  '1e309',
  'NaN',
];

/** Command lines that a confused or hostile user might type. `{out}` and `{data}` are replaced by the test. */
export function argvCases(seed: number, count: number): ArgvCase[] {
  const r = createRandom(seed);
  const makers: Record<string, () => string[]> = {
    'unknown command': () => [r.pick(['biuld', 'BUILD', '-x', '--data', '\u0000'])],
    'unknown option': () => [
      r.pick(['build', 'validate', 'query', 'publish', 'site', 'synth']),
      r.pick(['--dta', '-z', '--out=', '--help=1']),
    ],
    'option without value': () => [
      r.pick(['build', 'validate']),
      '--data',
      '{data}',
      r.pick(['--out', '--base', '--data']),
    ],
    'bad base': () => [
      'validate',
      '--data',
      '{data}',
      '--base',
      r.pick(['kg', 'http://example.org/a>b/', 'http://x/ y/', 'urn:x', ...HOSTILE_VALUES]),
    ],
    'bad timeout': () => [
      'query',
      'ASK {}',
      '--from',
      'dist',
      '--timeout',
      r.pick(['0', '-5', '3000000', 'abc', '1e12', ...HOSTILE_VALUES]),
    ],
    'bad format': () => ['query', 'ASK {}', '--from', 'dist', '--format', r.pick(['xml', 'CSV', ...HOSTILE_VALUES])],
    'bad query': () => [
      'query',
      r.pick(['SELEC * {}', 'INSERT DATA {}', '{', 'x'.repeat(3000), 'no-such-query', 'a.rq', '\u0000']),
      '--from',
      'dist',
    ],
    'bad param': () => [
      'query',
      'events-at-place',
      '--from',
      'dist',
      '--param',
      r.pick(['place', '=x', 'place=> }', 'place=', ...HOSTILE_VALUES]),
    ],
    'bad data folder': () => [
      'validate',
      '--data',
      r.pick(['/nonexistent', '/dev/null', 'package.json', '/proc/self', ...HOSTILE_VALUES]),
    ],
    'bad out': () => ['build', '--data', '{data}', '--out', r.pick(['{file}', '{file}/x', '/dev/null/x', '/proc/x'])],
    'bad synth': () => ['synth', '--events', r.pick(['0', '-3', 'many', '1e9', ...HOSTILE_VALUES]), '--out', '{out}'],
  };
  const kinds = Object.keys(makers);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { kind, argv: makers[kind]!() };
  });
}
