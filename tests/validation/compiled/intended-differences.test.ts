// The compiled validator's intended differences from rdf-validate-shacl: sh:languageIn by RFC 4647 basic filtering, and
// real times of day in xsd:dateTime / xsd:time (besides real calendar dates). With the options off, it gives the reference's results.
import { describe, expect, it } from 'vitest';
import { brief, compiledResults, referenceResults } from './both-engines.ts';

const LANGUAGES =
  'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:label ; sh:languageIn ( "ko" "EN" ) ] .';
const TIMES = `ex:S a sh:NodeShape ; sh:targetNode ex:a ;
  sh:property [ sh:path ex:at ; sh:datatype xsd:dateTime ] , [ sh:path ex:clock ; sh:datatype xsd:time ] .`;

describe('compiled validator: sh:languageIn by language range', () => {
  const data = 'ex:a ex:label "a"@ko , "b"@ko-KR , "c"@kor , "d"@en , "e"@en-GB , "f"@eng , "g"@kok .';

  it('matches ko and ko-KR but not kor, and en (for the range "EN") but not eng', () => {
    expect(brief(compiledResults(LANGUAGES, data))).toEqual([
      'http://example.org/a LanguageInConstraintComponent "c"@kor',
      'http://example.org/a LanguageInConstraintComponent "f"@eng',
      'http://example.org/a LanguageInConstraintComponent "g"@kok',
    ]);
  });

  it('differs from rdf-validate-shacl, which matches by case-sensitive string prefix', async () => {
    expect(brief(await referenceResults(LANGUAGES, data))).toEqual([
      'http://example.org/a LanguageInConstraintComponent "d"@en',
      'http://example.org/a LanguageInConstraintComponent "e"@en-gb',
      'http://example.org/a LanguageInConstraintComponent "f"@eng',
    ]);
  });

  it("gives rdf-validate-shacl's results with strictLanguages off", async () => {
    expect(compiledResults(LANGUAGES, data, { strictLanguages: false })).toEqual(
      await referenceResults(LANGUAGES, data),
    );
  });
});

describe('compiled validator: times of day', () => {
  const data = `ex:a ex:at "2017-02-10T25:00:00"^^xsd:dateTime , "2017-02-10T24:00:00"^^xsd:dateTime , "2017-02-10T24:00:00.000Z"^^xsd:dateTime ,
      "2017-02-10T24:00:01"^^xsd:dateTime , "2017-02-10T23:60:00"^^xsd:dateTime , "2017-02-10T23:59:59.999+03:00"^^xsd:dateTime ;
    ex:clock "24:00:00"^^xsd:time , "24:30:00"^^xsd:time , "12:00:60"^^xsd:time , "00:00:00Z"^^xsd:time .`;

  it('refuses hours past 23 (but 24:00:00 exactly), minutes and seconds past 59', () => {
    expect(brief(compiledResults(TIMES, data))).toEqual([
      'http://example.org/a DatatypeConstraintComponent "2017-02-10T23:60:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>',
      'http://example.org/a DatatypeConstraintComponent "2017-02-10T24:00:01"^^<http://www.w3.org/2001/XMLSchema#dateTime>',
      'http://example.org/a DatatypeConstraintComponent "2017-02-10T25:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>',
      'http://example.org/a DatatypeConstraintComponent "12:00:60"^^<http://www.w3.org/2001/XMLSchema#time>',
      'http://example.org/a DatatypeConstraintComponent "24:30:00"^^<http://www.w3.org/2001/XMLSchema#time>',
    ]);
  });

  it('differs from rdf-validate-shacl, which accepts every two-digit hour, minute and second', async () => {
    expect(await referenceResults(TIMES, data)).toEqual([]);
  });

  it("gives rdf-validate-shacl's results with strictDates off", async () => {
    expect(compiledResults(TIMES, data, { strictDates: false })).toEqual([]);
  });
});
