/**
 * `VITE_PUBLIC_URL`, the address the site is published at, which the Embed dialog writes into
 * snippets (docs/DEPLOY.md). Empty means "the page's own address". Anything else must be an
 * absolute http(s) URL without query, hash or user info; it is returned ending in `/`.
 */
export function checkPublicUrl(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`VITE_PUBLIC_URL must be an absolute URL such as https://maps.example.org/kizuna/ (got "${raw}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_PUBLIC_URL must start with https:// or http:// (got "${raw}").`);
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`VITE_PUBLIC_URL must not contain a user name, password, query or #fragment (got "${raw}").`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
