// Breaks a label into lines that fit a width, at spaces, so SVG text (which never wraps by itself) is not cut off.

/** Rough glyph widths in em: Hangul and other wide characters a full em, capitals and digits a little more than
 * lower case. Good enough to break lines; a browser's real metrics differ by a few per cent. */
function glyphEm(ch: string): number {
  if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch)) return 1;
  if (/[A-Z0-9MW]/.test(ch)) return 0.68;
  if (/[il.,:;'’|!()\s-]/.test(ch)) return 0.3;
  return 0.56;
}

/** The width of a text in em. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch);
  return em;
}

/**
 * The text as lines no wider than `maxEm`, broken at spaces; a word longer than a line is broken inside it.
 * @example wrapLabel('Hezbollah captures key positions near the border', 14) //=> ['Hezbollah captures key', 'positions near the border']
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textEm(candidate) <= maxEm || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (textEm(line) > maxEm && [...line].length > 1) {
      const [head, rest] = splitAt(line, maxEm);
      lines.push(head);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The longest head of `text` within `maxEm` (at least one character), and the rest.
function splitAt(text: string, maxEm: number): [string, string] {
  const chars = [...text];
  let em = 0;
  let i = 0;
  while (i < chars.length && (i === 0 || em + glyphEm(chars[i]!) <= maxEm)) em += glyphEm(chars[i++]!);
  return [chars.slice(0, i).join(''), chars.slice(i).join('')];
}
