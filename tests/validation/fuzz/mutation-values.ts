// The values the fuzz's mutations put into a graph: datatypes, invalid lexical forms, language tags, times of day.

/** Local names of the XML Schema datatypes a literal is retyped to. */
export const DATATYPES =
  'string integer decimal nonNegativeInteger date dateTime gYear gYearMonth boolean anyURI time'.split(' ');

/** Lexical forms invalid for a datatype (by local name), and impossible dates that are lexically valid. */
export const BAD_LEXICAL: Record<string, string[]> = {
  integer: ['1.5', 'x', '', ' 7'],
  nonNegativeInteger: ['-1', '+-3', 'ten'],
  decimal: ['1,5', '1e3', '.'],
  boolean: ['yes', 'TRUE', '2'],
  date: ['2017-13-01', '2017-02-30', '17-01-01', '2017-01-01T00:00:00', '2016-02-29', '2017-02-29'],
  dateTime: ['2017-01-01', '2017-02-30T00:00:00', '2017-01-01T1:00:00', '2017-01-01T00:00:00+25:00'],
  gYear: ['17', '2017-01', '0000'],
  gYearMonth: ['2017-13', '2017-00', '2017'],
};

/** Language tags: the data's own, three-letter ones that share their first letters, subtags, and malformed ones. */
export const TAGS = 'ko en kor eng ko-kr en-gb ko-kore-kr en-us k e koo enx ar x-ko en- ko-'.split(' ');

/** Times of day, impossible (hour 25, minute or second 60, 24:00:01) and possible (24:00:00 exactly, 23:59:59.999). */
export const BAD_TIMES =
  '25:00:00 24:00:00 24:00:00.000 24:00:01 24:01:00 23:60:00 23:59:60 99:99:99 23:59:59.999 00:00:00'.split(' ');
