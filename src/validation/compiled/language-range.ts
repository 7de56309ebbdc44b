// Matches a language tag against a language range of sh:languageIn, by RFC 4647 basic filtering as SHACL asks.

/**
 * True when the tag matches the range: `*` matches any tag; otherwise the tag equals the range or begins with it
 * followed by `-`, ignoring case. So `ko` matches `ko` and `ko-KR`, but not `kor`.
 * (rdf-validate-shacl tests a string prefix instead, so `ko` also matches `kor`: an intended difference.)
 * @example matchesLanguageRange('ko-KR', 'ko') //=> true
 * @example matchesLanguageRange('kor', 'ko') //=> false
 */
export function matchesLanguageRange(tag: string, range: string): boolean {
  if (tag === '') return false;
  if (range === '*') return true;
  const [t, r] = [tag.toLowerCase(), range.toLowerCase()];
  return t === r || (t.length > r.length && t[r.length] === '-' && t.startsWith(r));
}
