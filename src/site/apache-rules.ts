// The `.htaccess` written at the site's top: Apache serves the static site as the server does, resource IRIs
// answering 303 See Other to the document in the format the Accept header names, with `Vary: Accept`.

/** RewriteRule patterns (relative to the site folder) and their targets; `$E` stands for the chosen extension;
 * the targets are relative to the site folder. */
export const REDIRECTS: readonly (readonly [pattern: string, target: string])[] = [
  ['^id/([A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*)$', 'doc/$1.$E'],
  ['^(ontology(?:/[0-9]+(?:\\.[0-9]+){0,3})?|shapes|catalog|concept(?:/[A-Za-z0-9_-]+)+)$', 'doc/$1.$E'],
];

/**
 * The `.htaccess` text. Accept is matched by substring, checked from HTML up, so the last match wins:
 * Turtle, then JSON-LD, then N-Triples, else HTML (browsers name none of the three). q-values are not weighed;
 * `conflict-kg serve` negotiates fully. Redirects go to the folder's own URL path, so the site works from any folder.
 */
export function apacheRules(): string {
  const redirects = REDIRECTS.map(
    ([pattern, target]) =>
      `RewriteRule ${pattern} %{ENV:CKG_BASE}${target.replace('$E', '%{ENV:CKG_EXT}')} [R=303,L,E=CKG_VARY:1]`,
  );
  return `# conflict-kg: resource IRIs → 303 See Other → their documents (Cool URIs for the Semantic Web).
AddType text/turtle .ttl
AddType application/ld+json .jsonld
AddType application/n-triples .nt
AddCharset utf-8 .html .ttl .nt
<Files "void">
  ForceType "text/turtle; charset=utf-8"
</Files>
RewriteEngine On
# CKG_BASE: the URL path of this folder, wherever the site is mounted.
RewriteCond $0#%{REQUEST_URI} ^([^#]*)#(.*)\\1$
RewriteRule ^.*$ - [E=CKG_BASE:%2]
RewriteRule ^ - [E=CKG_EXT:html]
RewriteCond %{HTTP_ACCEPT} application/n-triples [NC]
RewriteRule ^ - [E=CKG_EXT:nt]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json [NC]
RewriteRule ^ - [E=CKG_EXT:jsonld]
RewriteCond %{HTTP_ACCEPT} text/turtle [NC]
RewriteRule ^ - [E=CKG_EXT:ttl]
${redirects.join('\n')}
Header always merge Vary Accept env=CKG_VARY
`;
}
