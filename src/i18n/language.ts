import type { en } from './languages/en';

/** Every interface string's key: English defines them (src/i18n/languages/en.ts). */
export type MessageKey = keyof (typeof en)['messages'];

/** MapLibre's cooperative-gesture hints, as its `locale` option names them. */
export type GestureLocale = Record<keyof (typeof en)['gestures'], string>;

/** What one interface language provides: one file per language under src/i18n/languages/. */
export interface Language {
  /** BCP 47 locale for numbers and dates (`vi-VN`). */
  locale: string;
  /** The language's own name, for the language menu (`Tiếng Việt`). */
  endonym: string;
  gestures: GestureLocale;
  messages: Record<MessageKey, string>;
}
