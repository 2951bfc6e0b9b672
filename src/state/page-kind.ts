/** A yes/no link parameter: `1`/`true` or `0`/`false`; anything else is not understood (null). */
export function flag(value: string): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

/**
 * Which page a link opens: the still image (`static=1`), the embed (`embed=1`) or the full app.
 * The same reading as the render flags (url-parse.ts, through `flag`), for src/early-fetch.ts,
 * which must decide before the rest of the code has arrived.
 */
export function pageOf(search: string): 'static' | 'embed' | 'app' {
  const params = new URLSearchParams(search);
  const on = (name: string) => flag(params.get(name) ?? '') === true;
  return on('static') ? 'static' : on('embed') ? 'embed' : 'app';
}
