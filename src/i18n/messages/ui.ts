/** Strings of the ui part of the interface (same keys in en, vi, ja). */
export const ui = {
  en: {},
  vi: {},
  ja: {},
} satisfies Record<'en' | 'vi' | 'ja', Record<string, string>>;
