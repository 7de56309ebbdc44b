// Makes plausible Korean and English labels (place, group and person names) from syllables, for synthetic corpora.
import type { Random } from './prng.ts';

/** Korean syllables and the romanization used for the English label, pairwise. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['알', 'al'],
  ['카', 'ka'],
  ['브', 'b'],
  ['라', 'ra'],
  ['하', 'ha'],
  ['마', 'ma'],
  ['다', 'da'],
  ['리', 'ri'],
  ['무', 'mu'],
  ['사', 'sa'],
  ['바', 'ba'],
  ['누', 'nu'],
  ['자', 'ja'],
  ['타', 'ta'],
  ['샤', 'sha'],
  ['함', 'ham'],
  ['르', 'r'],
  ['드', 'd'],
  ['쿠', 'ku'],
  ['니', 'ni'],
  ['야', 'ya'],
  ['와', 'wa'],
  ['살', 'sal'],
  ['칼', 'kal'],
];

export interface Name {
  ko: string;
  en: string;
}

/** A name of 2–4 syllables: `{ko: '알카브라', en: 'Alkabra'}`. */
export function makeName(random: Random): Name {
  const parts = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES));
  const en = parts.map((p) => p[1]).join('');
  return { ko: parts.map((p) => p[0]).join(''), en: en[0].toUpperCase() + en.slice(1) };
}

/** A label built from a name and a pattern: `with(name, '{} 전투', 'Battle of {}')`. */
export function withName(name: Name, ko: string, en: string): Name {
  return { ko: ko.replace('{}', name.ko), en: en.replace('{}', name.en) };
}
