import { LANGS, type Lang } from '../data/vocabulary';
import { endonym, t } from '../i18n';
import { setLang, useStore } from '../state/store';

/** The interface language menu (`?lang=`). */
export function LanguageSwitcher() {
  const lang = useStore((s) => s.lang);
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t(lang, 'lang.label')}</span>
      <select value={lang} onChange={(e) => LANGS.includes(e.target.value as Lang) && setLang(e.target.value as Lang)}>
        <LanguageOptions />
      </select>
    </label>
  );
}

/** One option per interface language, by its endonym, so a reader finds theirs whatever the interface is in. */
export function LanguageOptions() {
  return LANGS.map((code) => (
    <option key={code} value={code} lang={code}>
      {endonym(code)}
    </option>
  ));
}
