// A link checker for a written site: walks every HTML page and reports each internal link (href or src) whose
// target file, or fragment, does not exist. External links (with a scheme) are not fetched.
import { readdir, readFile } from 'node:fs/promises';
import { posix, join } from 'node:path';

export interface BrokenLink {
  /** The page, relative to the site folder. */
  page: string;
  href: string;
  reason: 'missing file' | 'missing fragment' | 'outside the site';
}

/** Every broken internal link in the site under `dir`, in page order. */
export async function checkLinks(dir: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = await listFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const texts = new Map<string, string>();
  for (const p of pages) texts.set(p, await readFile(join(dir, p), 'utf8'));
  const existing = new Set(files);
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    for (const href of linksIn(texts.get(page)!)) {
      links++;
      const problem = checkOne(page, href, existing, texts);
      if (problem) broken.push({ page, href, reason: problem });
    }
  }
  return { pages: pages.length, links, broken };
}

function checkOne(
  page: string,
  href: string,
  existing: Set<string>,
  texts: Map<string, string>,
): BrokenLink['reason'] | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const [path, fragment] = href.split('#', 2) as [string, string | undefined];
  let target = page;
  if (path !== '') {
    const resolved = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(path)));
    if (resolved.startsWith('../') || resolved === '..') return 'outside the site';
    target = resolved.endsWith('/') ? `${resolved}index.html` : resolved;
    if (!existing.has(target)) return 'missing file';
  }
  if (fragment && target.endsWith('.html') && !hasId(texts.get(target) ?? '', decodeURIComponent(fragment)))
    return 'missing fragment';
  return undefined;
}

/** The href and src values of a page, with the HTML entities our pages use decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

function hasId(html: string, id: string): boolean {
  return html.includes(` id="${id}"`);
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}
