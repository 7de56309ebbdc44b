// The site's .htaccess: its redirect patterns send every resource IRI of the site to the document `serve` picks.
import { beforeAll, describe, expect, it } from 'vitest';
import { apacheRules, REDIRECTS } from '../../src/site/apache-rules.ts';
import type { Site } from '../../src/site/build-site.ts';
import { docPathFor } from '../../src/site/paths.ts';
import { requestPathFor } from './fixture/request-path.ts';
import { miniSite } from './fixture/mini-site.ts';

let site: Site;
beforeAll(async () => {
  site = await miniSite();
});

/** Applies the RewriteRules as Apache would to a folder-relative path: the first matching pattern wins. */
function rewrite(path: string, ext: string): string | undefined {
  for (const [pattern, target] of REDIRECTS) {
    const m = new RegExp(pattern).exec(path);
    if (m) return target.replace('$1', m[1]!).replace('$E', ext);
  }
  return undefined;
}

describe('apacheRules', () => {
  it('redirects every IRI the site describes to its document, as serve does', () => {
    const iris = [...new Set(site.docs.values())];
    expect(iris.length).toBeGreaterThan(40);
    for (const iri of iris) {
      const path = requestPathFor(iri, site.layout)!.slice(1);
      expect(rewrite(path, 'ttl'), iri).toBe(`${docPathFor(iri.split('#')[0]!, site.layout)}.ttl`);
    }
  });

  it('leaves documents, dumps and the home page alone', () => {
    for (const path of [
      'doc/mini/event/first-campaign.html',
      'dump/mini.nt',
      'index.html',
      '',
      '.well-known/void',
      'id/../index.html',
    ]) {
      expect(rewrite(path, 'ttl'), path).toBeUndefined();
    }
  });

  it('is written at the top of the site, with media types for the documents and Vary: Accept on redirects', () => {
    expect(site.files.get('.htaccess')).toBe(apacheRules());
    expect(apacheRules()).toContain('AddType application/n-triples .nt');
    expect(apacheRules()).toContain('Header always merge Vary Accept env=CKG_VARY');
  });
});
