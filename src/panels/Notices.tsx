import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { summariseNotices } from '../state/notices';
import { dismissNotices, useStore } from '../state/store';
import type { ParamNotice } from '../state/types';

/** One sentence per ignored URL parameter, naming it, in the interface language. */
export function noticeText(notice: ParamNotice, lang: Lang): string {
  const ignored = t(lang, `notice.${notice.reason}`, { param: notice.param, value: notice.value });
  return notice.yearsError ? `${ignored} ${t(lang, `timeline.years.error.${notice.yearsError}`, { input: notice.value })}` : ignored;
}

/** The dismissible notice listing the first few link parameters that were ignored, and how many more. */
export function Notices() {
  const lang = useStore((s) => s.lang);
  const notices = useStore((s) => s.notices);
  const { shown, more } = summariseNotices(notices);
  return (
    <div role="status" className="notices" data-testid="notices">
      {notices.length > 0 && (
        <div className="notice">
          <p>{t(lang, 'notice.title')}</p>
          <ul>
            {shown.map((notice, i) => (
              <li key={i}>{noticeText(notice, lang)}</li>
            ))}
            {more > 0 && <li>{t(lang, 'notice.more', { count: more })}</li>}
          </ul>
          <button type="button" onClick={dismissNotices}>
            {t(lang, 'notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
