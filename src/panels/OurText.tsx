import type { OurTranslations } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';

/** The reader's-language version of an English text when we wrote one, else the English. */
export function pickOurs(text: string, translations: OurTranslations | undefined, lang: Lang): { text: string; lang: Lang; ours: boolean } {
  const ours = lang === 'en' ? undefined : translations?.[lang];
  return ours === undefined ? { text, lang: 'en', ours: false } : { text: ours, lang, ours: true };
}

/**
 * A forum text in the reader's language when we translated it, with the short "Translated by
 * Kizuna" label in that language; the English original otherwise.
 */
export function OurText({ text, translations, lang }: { text: string; translations?: OurTranslations; lang: Lang }) {
  const shown = pickOurs(text, translations, lang);
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.ours && <span className="flag"> ({t(lang, 'data.ourTranslation')})</span>}
    </>
  );
}
