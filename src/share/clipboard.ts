/**
 * Copies `text`: the async Clipboard API when the page may use it, else the old
 * select-and-`execCommand('copy')` on the given textarea (iframes without clipboard-write,
 * http pages). Resolves true when either worked.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null, nav: Navigator = navigator): Promise<boolean> {
  try {
    if (nav.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not a secure context: fall through to the selection fallback.
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    // Deprecated but still the only synchronous copy where the Clipboard API is unavailable.
    return fallback.ownerDocument.execCommand('copy');
  } catch {
    return false;
  }
}
