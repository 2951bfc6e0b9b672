import { contentSecurityPolicy } from '../csp.ts';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<meta http-equiv>` form of the production policy (no frame-ancestors: a meta cannot carry
 * it); `app` for the app's own page, which frames nothing (csp.ts).
 */
function cspMetaTag(app = false): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy({ dev: false, meta: true, app }))}" />`;
}

const EXISTING = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>\s*/i;
const CHARSET = /<meta\s+charset=[^>]*>/i;

/**
 * `html` with the policy as its first policy-relevant element: right after `<meta charset>` (which
 * must stay in the first 1024 bytes) or else right after `<head>`, before any script, style or
 * link it governs. A policy already there is replaced, so running twice changes nothing.
 */
export function withCspMeta(html: string, app = false): string {
  const tag = cspMetaTag(app);
  const clean = html.replace(EXISTING, '');
  const charset = CHARSET.exec(clean);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${clean.slice(0, end)}\n    ${tag}${clean.slice(end)}`;
  }
  const head = /<head[^>]*>/i.exec(clean);
  if (!head) throw new Error('No <head> to put the Content-Security-Policy in.');
  const end = head.index + head[0].length;
  return `${clean.slice(0, end)}\n    ${tag}${clean.slice(end)}`;
}
