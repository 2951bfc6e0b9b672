import type { Lang } from '../data/types';

/**
 * MapLibre's cooperative-gesture hints in the interface language. The map passes
 * `locale={gestureLocale(lang)}` (a MapLibre `locale` option object) when `flags.embed`.
 */
export type GestureLocale = Record<
  | 'CooperativeGesturesHandler.WindowsHelpText'
  | 'CooperativeGesturesHandler.MacHelpText'
  | 'CooperativeGesturesHandler.MobileHelpText',
  string
>;

const LOCALES: Record<Lang, GestureLocale> = {
  en: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  vi: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Dùng Ctrl + cuộn chuột để thu phóng bản đồ',
    'CooperativeGesturesHandler.MacHelpText': 'Dùng ⌘ + cuộn để thu phóng bản đồ',
    'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
  },
  ja: {
    'CooperativeGesturesHandler.WindowsHelpText': '地図をズームするには Ctrl キーを押しながらスクロールしてください',
    'CooperativeGesturesHandler.MacHelpText': '地図をズームするには ⌘ キーを押しながらスクロールしてください',
    'CooperativeGesturesHandler.MobileHelpText': '地図を動かすには 2 本の指で操作してください',
  },
};

/** The three cooperative-gesture strings for `lang`, keyed as MapLibre's `locale` option expects. */
export function gestureLocale(lang: Lang): GestureLocale {
  return LOCALES[lang];
}
