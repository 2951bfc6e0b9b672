/** Strings of the embed part of the interface (same keys in en, vi, ja). */
export const embed = {
  en: {},
  vi: {},
  ja: {},
} satisfies Record<'en' | 'vi' | 'ja', Record<string, string>>;
