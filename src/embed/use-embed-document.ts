import '../styles/embedded-document.css';
import { useEffect, useLayoutEffect } from 'react';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import type { DarkMode } from '../state/types';
import { startHeightReporter } from './height';
import { applyTheme } from '../view/theme';

/**
 * Marks `<html>` for the embed stylesheet (`data-embed="full|plain|static"`: natural height,
 * no full-window layout), applies the `dark=` flag as `data-theme`, and, inside an iframe,
 * reports the content height to the parent page. `<html lang>` and the title follow the language.
 */
export function useEmbedDocument(mode: 'full' | 'plain' | 'static', dark: DarkMode, lang: Lang, reportHeight = true): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'embed.iframe-title');
  }, [lang]);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.embed = mode;
    return () => {
      delete root.dataset.embed;
    };
  }, [mode]);
  useLayoutEffect(() => applyTheme(dark), [dark]);
  useEffect(() => (reportHeight ? startHeightReporter() : undefined), [reportHeight]);
}
