import { LANGS, type Lang } from '../data/types';
import { t } from '../i18n';
import { setLang, useStore } from '../state/store';

/** Endonyms, so a reader finds their language whatever the interface is in. */
const ENDONYMS: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt', ja: '日本語' };

/** The interface language menu (`?lang=`). */
export function LanguageSwitcher() {
  const lang = useStore((s) => s.lang);
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t(lang, 'lang.label')}</span>
      <select value={lang} onChange={(e) => LANGS.includes(e.target.value as Lang) && setLang(e.target.value as Lang)}>
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {ENDONYMS[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
