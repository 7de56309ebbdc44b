// Every English name and number of the English article's stored copies that the Qalamoun dataset uses, copied by hand
// from the copies (data/qalamoun-2017/source/enwiki-*.en.txt), with the entry it names.

/** A name as a copy writes it, the id of the actor it names, and the sources (copies) it was read in. */
export interface EnglishName {
  name: string;
  actor: string;
  sources: readonly string[];
}

export const ENGLISH_NAMES: readonly EnglishName[] = [
  { name: 'Hezbollah', actor: 'hezbollah', sources: ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'] },
  { name: 'Syrian Arab Republic', actor: 'syria', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  {
    name: 'Syrian Armed Forces',
    actor: 'syrian-arab-army',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'],
  },
  { name: 'Syrian Arab Army', actor: 'syrian-arab-army', sources: ['enwiki-kiwix', 'enwiki-gravy'] },
  { name: 'Iran', actor: 'iran', sources: ['enwiki-wikiclassic'] },
  { name: 'Quds Force', actor: 'quds-force', sources: ['enwiki-wikiclassic'] },
  { name: 'Lebanon', actor: 'lebanon', sources: ['enwiki-wikiclassic'] },
  {
    name: 'Lebanese Armed Forces',
    actor: 'lebanese-armed-forces',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'],
  },
  {
    name: 'United States special operations forces',
    actor: 'us-special-operations-forces',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic'],
  },
  { name: 'Tahrir al-Sham', actor: 'tahrir-al-sham', sources: ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'] },
  { name: 'Free Syrian Army', actor: 'free-syrian-army', sources: ['enwiki-kiwix'] },
  { name: 'zero bucks Syrian Army', actor: 'free-syrian-army', sources: ['enwiki-wikiclassic'] },
  {
    name: 'Islamic State of Iraq and the Levant',
    actor: 'isil',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic', 'enwiki-gravy'],
  },
  { name: 'Saraya Ahl al-Sham', actor: 'saraya-ahl-al-sham', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  { name: 'Hassan Nasrallah', actor: 'hassan-nasrallah', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  { name: 'Qasem Soleimani', actor: 'qasem-soleimani', sources: ['enwiki-wikiclassic'] },
  { name: 'Michel Aoun', actor: 'michel-aoun', sources: ['enwiki-wikiclassic'] },
  { name: 'Joseph Aoun', actor: 'joseph-aoun', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  { name: 'Abu Malek al-Tali', actor: 'abu-malek-al-tali', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  { name: 'Muawfaq Abu al-Sus', actor: 'muwaffaq-abu-al-sus', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
  { name: 'Ahmad Wahid al-Abd', actor: 'ahmad-al-abd', sources: ['enwiki-kiwix', 'enwiki-wikiclassic'] },
];

/** Every figure of the copies' infobox the dataset uses: as written, its value, the quantity and the copies. */
export interface EnglishNumber {
  written: string;
  value: number;
  quantity: string;
  sources: readonly string[];
}

export const ENGLISH_NUMBERS: readonly EnglishNumber[] = [
  { written: '4,000', value: 4000, quantity: 'hezbollah-strength', sources: ['enwiki-wikiclassic'] },
  { written: 'Lebanon 3,000', value: 3000, quantity: 'lebanon-strength', sources: ['enwiki-wikiclassic'] },
  {
    written: '1,500',
    value: 1500,
    quantity: 'tahrir-al-sham-strength-enwiki',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic'],
  },
  { written: '600[15]', value: 600, quantity: 'isil-strength', sources: ['enwiki-kiwix'] },
  {
    written: '7,000 Syrian refugees',
    value: 7000,
    quantity: 'people-transferred-to-idlib',
    sources: ['enwiki-kiwix', 'enwiki-wikiclassic'],
  },
];
