// Every name and figure of the aftermath dataset's stored copies (data/aftermath-2017/source/), copied by hand from
// the copies, with the entity or quantity that holds it and the sources it was read in.

/** A name as a copy writes it, the register id (actor or place) it names, and the sources it was read in. */
export interface AftermathName {
  name: string;
  entity: string;
  sources: readonly string[];
}

export const AFTERMATH_NAMES: readonly AftermathName[] = [
  { name: 'CJTF–OIR', entity: 'actor/us-led-coalition', sources: ['enwiki-gravy'] },
  {
    name: 'Combined Joint Task Force Operation Inherent Resolve',
    entity: 'actor/us-led-coalition',
    sources: ['dod-2017-08-30'],
  },
  { name: 'US-led Coalition', entity: 'actor/us-led-coalition', sources: ['rudaw-2017-08-30'] },
  { name: 'Lebanese Hezbollah', entity: 'actor/hezbollah', sources: ['enwiki-gravy', 'dod-2017-08-30'] },
  { name: 'Hezbollah', entity: 'actor/hezbollah', sources: ['aljazeera-2017-09-02', 'newsmax-2017-09-08'] },
  { name: 'Hizbullah', entity: 'actor/hezbollah', sources: ['almashareq-2017-09-05'] },
  { name: 'Brett McGurk', entity: 'actor/brett-mcgurk', sources: ['militarytimes-2017-08-30'] },
  { name: 'Hizballah', entity: 'actor/hezbollah', sources: ['new-arab-2017-09-01'] },
  { name: 'Daesh', entity: 'actor/isil', sources: ['trt-2017-08-28'] },
  { name: 'ISIS', entity: 'actor/isil', sources: ['dod-2017-08-30', 'rudaw-2017-08-30'] },
  { name: 'Ryan Dillon', entity: 'actor/ryan-dillon', sources: ['rudaw-2017-08-30', 'iraqmorning-2017-09-05'] },
  { name: 'Haider al-Abadi', entity: 'actor/haider-al-abadi', sources: ['breitbart-2017-08-31'] },
  { name: 'the Syrian regime', entity: 'actor/syria', sources: ['enwiki-gravy', 'newsmax-2017-09-08'] },
  { name: 'Nasrallah', entity: 'actor/hassan-nasrallah', sources: ['breitbart-2017-08-31'] },
  { name: 'Iraq', entity: 'actor/iraq', sources: ['breitbart-2017-08-31'] },
  { name: 'Abu Kamal', entity: 'place/abu-kamal', sources: ['enwiki-gravy', 'dod-2017-08-30', 't-intell-2017-08-30'] },
  { name: 'Al Bukamal', entity: 'place/abu-kamal', sources: ['trt-2017-08-28'] },
  { name: 'Abul Kamal', entity: 'place/abu-kamal', sources: ['rudaw-2017-08-30'] },
  { name: 'Humayma', entity: 'place/humayma', sources: ['enwiki-gravy', 'bbc-elkaos-2017-09-02'] },
  { name: 'Hamaymah', entity: 'place/humayma', sources: ['dod-2017-08-30', 'rudaw-2017-08-30'] },
  { name: 'al-Sukna', entity: 'place/al-sukhnah', sources: ['enwiki-gravy'] },
  { name: 'al-Sukhnah', entity: 'place/al-sukhnah', sources: ['bbc-elkaos-2017-09-02'] },
  { name: 'al-Sukhna', entity: 'place/al-sukhnah', sources: ['reuters-2017-09-13'] },
  {
    name: 'Palmyra',
    entity: 'place/palmyra',
    sources: ['enwiki-gravy', 'iraqmorning-2017-09-05', 'newsmax-2017-09-08'],
  },
  { name: 'Deir ez-Zour', entity: 'place/deir-ez-zor-governorate', sources: ['enwiki-gravy'] },
  { name: 'Deir al-Zor', entity: 'place/deir-ez-zor-governorate', sources: ['reuters-2017-09-13'] },
  { name: 'Al-Sheikh Ali Crossing', entity: 'place/al-sheikh-ali-crossing', sources: ['sohr-2017-08-29'] },
  { name: 'Rif Dimashq', entity: 'place/rif-dimashq-governorate', sources: ['sohr-2017-08-29'] },
  { name: 'central Syria', entity: 'place/central-syria', sources: ['enwiki-gravy'] },
];

/** A figure as a copy writes it, its value, the quantity (under the dataset's base) and the sources it was read in. */
export const AFTERMATH_NUMBERS: readonly {
  written: string;
  value: number;
  quantity: string;
  sources: readonly string[];
}[] = [
  { written: 'about 400', value: 400, quantity: 'evacuees-gravy', sources: ['enwiki-gravy'] },
  { written: 'about 670', value: 670, quantity: 'evacuees-dod', sources: ['dod-2017-08-30'] },
  {
    written: 'nearly 300 lightly armed militants',
    value: 300,
    quantity: 'fighters-reuters',
    sources: ['reuters-2017-09-13'],
  },
  { written: 'more than 300', value: 300, quantity: 'fighters-new-arab', sources: ['new-arab-2017-09-01'] },
  { written: '310 defeated', value: 310, quantity: 'fighters-nasrallah', sources: ['breitbart-2017-08-31'] },
  { written: '300 relatives', value: 300, quantity: 'families-reuters', sources: ['reuters-2017-09-13'] },
  { written: 'about 300 family members', value: 300, quantity: 'families-new-arab', sources: ['new-arab-2017-09-01'] },
  { written: '25 injured', value: 25, quantity: 'wounded-trt', sources: ['trt-2017-08-28'] },
  { written: 'at least 25 wounded', value: 25, quantity: 'wounded-rudaw', sources: ['rudaw-2017-08-30'] },
  {
    written: '85',
    value: 85,
    quantity: 'killed-in-strikes',
    sources: ['airandspace-2017-09', 'iraqmorning-2017-09-05'],
  },
  { written: '113', value: 113, quantity: 'second-group-size', sources: ['enwiki-gravy', 'iraqmorning-2017-09-05'] },
  { written: 'around 308', value: 308, quantity: 'fighters-t-intell', sources: ['t-intell-2017-08-30'] },
  { written: '331 civilians', value: 331, quantity: 'civilians-t-intell', sources: ['t-intell-2017-08-30'] },
  { written: '25 injured militants', value: 25, quantity: 'wounded-trt', sources: ['muraselon-2017-08'] },
  // vehicles (kind vehicles, unit vehicle)
  {
    written: '17 buses',
    value: 17,
    quantity: 'buses-in-convoy',
    sources: ['iraqmorning-2017-09-05', 'aljazeera-2017-09-02', 'almashareq-2017-09-05'],
  },
  { written: '17-bus convoy', value: 17, quantity: 'buses-in-convoy', sources: ['new-arab-2017-09-01'] },
  { written: 'Seventeen buses', value: 17, quantity: 'buses-in-convoy', sources: ['airandspace-2017-09'] },
  { written: 'Nearly two dozen buses', value: 24, quantity: 'buses-trt', sources: ['trt-2017-08-28'] },
  { written: '11 ambulances', value: 11, quantity: 'ambulances-trt', sources: ['trt-2017-08-28'] },
  {
    written: 'roughly 20 vehicles',
    value: 20,
    quantity: 'vehicles-military-times',
    sources: ['militarytimes-2017-08-30'],
  },
  { written: 'Six buses', value: 6, quantity: 'buses-returned', sources: ['airandspace-2017-09'] },
  {
    written: 'six buses',
    value: 6,
    quantity: 'buses-returned',
    sources: ['iraqmorning-2017-09-05', 'newsmax-2017-09-08'],
  },
  { written: 'Eleven buses remain', value: 11, quantity: 'buses-remaining', sources: ['airandspace-2017-09'] },
  { written: 'the other 11', value: 11, quantity: 'buses-remaining', sources: ['newsmax-2017-09-08'] },
  {
    written: 'Ten of the original 17 buses',
    value: 10,
    quantity: 'buses-remaining-iraqmorning',
    sources: ['iraqmorning-2017-09-05'],
  },
  {
    written: 'only six remained',
    value: 6,
    quantity: 'buses-in-government-territory-hezbollah',
    sources: ['aljazeera-2017-09-02'],
  },
  {
    written: 'six of the buses remained',
    value: 6,
    quantity: 'buses-in-government-territory-hezbollah',
    sources: ['almashareq-2017-09-05'],
  },
  { written: '12 civilian vehicles', value: 12, quantity: 'civilian-vehicles-sohr', sources: ['aljazeera-2017-09-02'] },
];
