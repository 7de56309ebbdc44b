// Units in English words, from the UN/CEFACT common codes the data carries in `schema:unitCode`.

/** A count (C62, "one") needs no unit word; areas and lengths do. */
const UNIT_WORDS: Record<string, string> = { C62: '', KMK: 'km²', KMT: 'km' };

/**
 * The English unit for a code, '' for a count or no code, else the code itself. The source's own unit words
 * (`ckg:unitAsWritten`, Korean) stay on the quantity's page, marked as Korean, and out of English text.
 * @example unitWords('KMK') //=> 'km²'
 */
export function unitWords(code: string | undefined): string {
  return code === undefined ? '' : (UNIT_WORDS[code] ?? code);
}
