// Orders names the way people count: `kowiki-2` before `kowiki-11`, digits compared as numbers.

/**
 * Compares two strings piece by piece, runs of digits by their value and other text by code point, so the
 * order never depends on the locale.
 * @example ['kowiki-11', 'kowiki-2', 'kowiki-1'].sort(compareNatural) //=> ['kowiki-1', 'kowiki-2', 'kowiki-11']
 */
export function compareNatural(a: string, b: string): number {
  const pa = pieces(a);
  const pb = pieces(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i]!, pb[i]!];
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric) {
      const d =
        x.replace(/^0+/, '').length - y.replace(/^0+/, '').length ||
        compareText(x.replace(/^0+/, ''), y.replace(/^0+/, ''));
      if (d !== 0) return d;
    }
    return compareText(x, y);
  }
  return pa.length - pb.length;
}

function pieces(s: string): string[] {
  return s.match(/\d+|\D+/g) ?? [];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
