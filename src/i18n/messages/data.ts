/**
 * Strings for the data the panels show: our translations, reader caveats, further sources and
 * old pair links (same keys in en, vi, ja).
 */
export const data = {
  en: {
    'data.ourTranslation': 'Translated by Kizuna',
    'data.caveat': 'Please note',
    'data.moreSources': 'Also reported in',
    'data.original': 'Original ({language})',
    'notice.removed-id': 'The partnership this link pointed to (“{value}”) is no longer on the map: it was removed from the data.',
  },
  vi: {
    'data.ourTranslation': 'Bản dịch của Kizuna',
    'data.caveat': 'Lưu ý',
    'data.moreSources': 'Nguồn khác',
    'data.original': 'Nguyên văn ({language})',
    'notice.removed-id': 'Mối quan hệ hợp tác mà đường liên kết này trỏ tới (“{value}”) không còn trên bản đồ: mục này đã bị gỡ khỏi dữ liệu.',
  },
  ja: {
    'data.ourTranslation': 'Kizunaによる翻訳',
    'data.caveat': 'ご注意',
    'data.moreSources': 'その他の出典',
    'data.original': '原文（{language}）',
    'notice.removed-id': 'このリンクが指していた提携（「{value}」）は、データから削除されたため地図に表示されません。',
  },
};
