/** Strings of the map part of the interface (same keys in en, vi, ja). */
export const map = {
  en: {},
  vi: {},
  ja: {},
} satisfies Record<'en' | 'vi' | 'ja', Record<string, string>>;
