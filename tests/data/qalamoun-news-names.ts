// Every name and number of the news reports' kept copies that the Qalamoun dataset uses, copied by hand from the copies
// (data/qalamoun-2017/source/news-*.en.txt), with the entry it names or counts.
import type { EnglishName, EnglishNumber } from './qalamoun-enwiki-names.ts';

/** The news reports of data/qalamoun-2017/news-sources.yaml, in file order. */
export const NEWS_SOURCES = [
  'almanar-2017-07-21',
  'syria-direct-2017-07-27',
  'tvc-news-2017-07-27',
  'alalam-2017-07-30',
  'aljazeera-2017-08-02',
  'middle-east-eye-2017-08-05',
  'ap-japan-times-2017-08-07',
  'aljazeera-2017-08-19',
  'arab-today-2017-08-19',
  'aljazeera-studies-2017-08-20',
  'ap-military-times-2017-08-24',
  'aljazeera-2017-08-27',
  'antiwar-2017-08-28',
] as const;

export const NEWS_NAMES: readonly EnglishName[] = [
  { name: 'Islamic Resistance', actor: 'hezbollah', sources: ['almanar-2017-07-21'] },
  {
    name: 'Hezbollah',
    actor: 'hezbollah',
    sources: [
      'syria-direct-2017-07-27',
      'tvc-news-2017-07-27',
      'alalam-2017-07-30',
      'middle-east-eye-2017-08-05',
      'aljazeera-2017-08-19',
      'arab-today-2017-08-19',
      'aljazeera-studies-2017-08-20',
      'antiwar-2017-08-28',
    ],
  },
  { name: 'Syrian army', actor: 'syrian-arab-army', sources: ['middle-east-eye-2017-08-05', 'aljazeera-2017-08-19'] },
  { name: 'Syrian military soldiers', actor: 'syrian-arab-army', sources: ['antiwar-2017-08-28'] },
  {
    name: 'Lebanese army',
    actor: 'lebanese-armed-forces',
    sources: ['aljazeera-2017-08-19', 'arab-today-2017-08-19', 'aljazeera-2017-08-27'],
  },
  { name: 'Hay’at Tahrir a-Sham', actor: 'tahrir-al-sham', sources: ['syria-direct-2017-07-27'] },
  { name: 'Saraya Ahl al-Sham', actor: 'saraya-ahl-al-sham', sources: ['aljazeera-studies-2017-08-20'] },
  { name: 'Islamic State of Iraq and the Levant (ISIL', actor: 'isil', sources: ['aljazeera-2017-08-27'] },
  { name: 'ISIS', actor: 'isil', sources: ['arab-today-2017-08-19', 'ap-military-times-2017-08-24'] },
  { name: 'IS holds', actor: 'isil', sources: ['middle-east-eye-2017-08-05'] },
  { name: 'Islamic State (IS)', actor: 'isil', sources: ['aljazeera-studies-2017-08-20'] },
  { name: 'Hassan Nasrallah', actor: 'hassan-nasrallah', sources: ['middle-east-eye-2017-08-05'] },
  { name: 'Joseph Aoun', actor: 'joseph-aoun', sources: ['aljazeera-2017-08-19', 'arab-today-2017-08-19'] },
  { name: 'Abu Malik al-Tallih', actor: 'abu-malek-al-tali', sources: ['almanar-2017-07-21'] },
];

export const NEWS_NUMBERS: readonly EnglishNumber[] = [
  {
    written: 'around 3,000 fighters',
    value: 3000,
    quantity: 'hezbollah-strength-aljazeera-studies',
    sources: ['aljazeera-studies-2017-08-20'],
  },
  {
    written: 'around 500 ISIS militants',
    value: 500,
    quantity: 'isil-strength-arab-today',
    sources: ['arab-today-2017-08-19'],
  },
  {
    written: 'about 700',
    value: 700,
    quantity: 'isil-strength-aljazeera-studies',
    sources: ['aljazeera-studies-2017-08-20'],
  },
  {
    written: 'an estimated 600 ISIL fighters',
    value: 600,
    quantity: 'isil-strength',
    sources: ['aljazeera-2017-08-27'],
  },
  {
    written: 'about 200 fighters',
    value: 200,
    quantity: 'saraya-ahl-al-sham-strength-aljazeera-studies',
    sources: ['aljazeera-studies-2017-08-20'],
  },
  {
    written: 'Nearly 7,000 Syrians',
    value: 7000,
    quantity: 'people-transferred-to-idlib',
    sources: ['aljazeera-2017-08-02'],
  },
  {
    written: 'nearly 8,000 Syrian refugees and militants',
    value: 8000,
    quantity: 'people-transferred-to-idlib-middle-east-eye',
    sources: ['middle-east-eye-2017-08-05'],
  },
  {
    written: 'killing about 150 terrorists',
    value: 150,
    quantity: 'tahrir-al-sham-killed',
    sources: ['alalam-2017-07-30'],
  },
  {
    written: 'killed 25 Hezbollah members',
    value: 25,
    quantity: 'hezbollah-killed-phase-1-tvc-news',
    sources: ['tvc-news-2017-07-27'],
  },
  {
    written: '11 Hezbollah fighters',
    value: 11,
    quantity: 'hezbollah-killed-syrian-side-antiwar',
    sources: ['antiwar-2017-08-28'],
  },
  {
    written: 'seven Syrian military soldiers',
    value: 7,
    quantity: 'syrian-arab-army-killed-syrian-side-antiwar',
    sources: ['antiwar-2017-08-28'],
  },
  {
    written: 'around 296 square kilometres',
    value: 296,
    quantity: 'isil-held-area-4-august',
    sources: ['middle-east-eye-2017-08-05'],
  },
  {
    written: '141 sq km',
    value: 141,
    quantity: 'isil-held-area-lebanon-4-august',
    sources: ['middle-east-eye-2017-08-05'],
  },
  {
    written: '40 square kilometers (15.4 square miles) on the Syrian side',
    value: 40,
    quantity: 'isil-held-area-syrian-side-24-august',
    sources: ['ap-military-times-2017-08-24'],
  },
  {
    written: '20 square kilometers (7.7 square miles) on the Lebanese side',
    value: 20,
    quantity: 'isil-held-area-lebanese-side-24-august',
    sources: ['ap-military-times-2017-08-24'],
  },
];
