// Every Korean name of an actor, person and place in the Qalamoun article, copied from the text by hand (spelling variants included).

/** Armed groups, states, forces and units, as the article writes them (each variant separately). */
export const ACTOR_NAMES: readonly string[] = [
  '헤즈볼라',
  '시리아',
  '시리아군',
  '시리아 아랍군',
  '공화국 보위대',
  '레바논',
  '레바논군',
  '기계화부대',
  '미국',
  '레반트 자유인민위원회',
  'HTS',
  '레반트 인민연대',
  '인민연대',
  '이라크 레반트 이슬람 국가',
  'ISIL',
];

/** The commanders of the infobox. */
export const PERSON_NAMES: readonly string[] = [
  '하산 나스랄라',
  '하산 슈와이브',
  '하산 알자라디',
  '알리 파디 암르',
  '마흐디 모셴 라드',
  '후세인 살림',
  '하산 알리 하무드',
  '알리 아이유브',
  '이잠 할라크',
  '미셸 아운',
  '조제프 아운',
  '가브리엘 알수니',
  '칼리 카아난',
  '아부 말렉 탈리',
  '무와파크 아부 아수스',
  '아흐마트 알아브드',
];

/** Countries, regions, towns, hills, positions: every place named, in each spelling the text uses. */
export const PLACE_NAMES: readonly string[] = [
  '시리아-레바논 국경 지대',
  '시리아-레바논 국경지대',
  '시리아-레바논 국경 지역',
  '시리아-레바논 국경',
  '시리아 쪽 국경 지역',
  '시리아 지역의 국경지역',
  '칼라문 산맥',
  '서부 칼라문 산맥',
  '칼라문 서부',
  '서부 칼라문 산맥의 시리아 지역',
  '동부 칼라문 산맥',
  '동부 칼라문',
  '칼라문 산맥의 레바논 지역',
  'ISIL 포위망',
  '아살',
  '아살 계곡',
  '자루드 아살',
  '라스 바알바크',
  '라스 발바크',
  '부알리',
  '달렐 아크라',
  '샤베브 협곡',
  '다하르 후와',
  '부카데이르',
  '마수드 계곡',
  '샤아바트 스루르',
  '부카델리 거점',
  '샤루프 거점',
  '카브르 아살리',
  '키르바트 아일라트',
  '라스 샤후트 국경 초소',
  '이들리브 주',
  '부카말',
];

/** All names above, in one list. */
export const ALL_NAMES: readonly string[] = [...ACTOR_NAMES, ...PERSON_NAMES, ...PLACE_NAMES];
