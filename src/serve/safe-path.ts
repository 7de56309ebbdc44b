// Request paths that cannot step outside the site.

/**
 * The decoded path, or undefined when it could step outside the site: a `.` or `..` segment (raw or
 * percent-encoded), an encoded slash or backslash, a NUL, or an undecodable escape.
 */
export function safePath(rawPath: string): string | undefined {
  if (!rawPath.startsWith('/')) return undefined;
  const decoded: string[] = [];
  for (const seg of rawPath.slice(1).split('/')) {
    let d: string;
    try {
      d = decodeURIComponent(seg);
    } catch {
      return undefined;
    }
    if (d === '.' || d === '..' || /[/\\\0]/.test(d)) return undefined;
    decoded.push(d);
  }
  return `/${decoded.join('/')}`;
}
