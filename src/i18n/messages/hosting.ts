/**
 * What the reader is told when something the page needs fails to arrive (issue #15): short,
 * in their language, with a retry where a retry can help. Shown by src/panels/LoadFailure.tsx.
 */
export const hosting = {
  en: {
    'failure.boundaries': 'The map could not be drawn: its boundaries did not load.',
    'failure.worker': 'The interactive map could not start, so the simple map is shown instead.',
    'failure.maplibre': 'The interactive map could not be loaded, so the simple map is shown instead.',
    'failure.rest-works': 'The rest of the page still works.',
    'failure.retry': 'Try again',
    'app.load-failed': 'Kizuna could not load. Please reload the page.',
    'details.loading': 'Loading the summaries and sources…',
    'details.failed': 'The summaries and sources could not be loaded.',
  },
  vi: {
    'failure.boundaries': 'Không vẽ được bản đồ vì dữ liệu ranh giới không tải được.',
    'failure.worker': 'Không khởi động được bản đồ tương tác, nên đang hiển thị bản đồ đơn giản.',
    'failure.maplibre': 'Không tải được bản đồ tương tác, nên đang hiển thị bản đồ đơn giản.',
    'failure.rest-works': 'Các phần khác của trang vẫn hoạt động bình thường.',
    'failure.retry': 'Thử lại',
    'app.load-failed': 'Không tải được Kizuna. Vui lòng tải lại trang.',
    'details.loading': 'Đang tải phần tóm tắt và nguồn…',
    'details.failed': 'Không tải được phần tóm tắt và nguồn.',
  },
  ja: {
    'failure.boundaries': '境界データを読み込めなかったため、地図を表示できません。',
    'failure.worker': 'インタラクティブ地図を起動できなかったため、簡易地図を表示しています。',
    'failure.maplibre': 'インタラクティブ地図を読み込めなかったため、簡易地図を表示しています。',
    'failure.rest-works': 'ページのほかの部分は引き続き使えます。',
    'failure.retry': '再試行',
    'app.load-failed': 'Kizunaを読み込めませんでした。ページを再読み込みしてください。',
    'details.loading': '概要と出典を読み込み中…',
    'details.failed': '概要と出典を読み込めませんでした。',
  },
};
