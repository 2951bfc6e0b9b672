/** Strings shared by every part of the interface. */
export const common = {
  en: {
    'app.title': 'Kizuna — Vietnam–Japan locality partnerships',
    'app.short': 'Kizuna',
  },
  vi: {
    'app.title': 'Kizuna — Hợp tác địa phương Việt Nam – Nhật Bản',
    'app.short': 'Kizuna',
  },
  ja: {
    'app.title': 'Kizuna（絆）— 日越の地方間協力マップ',
    'app.short': 'Kizuna',
  },
} as const;
