import './load-failure.css';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';

export interface LoadFailureProps {
  lang: Lang;
  /** A `failure.*` key (src/i18n/languages/en.ts, "when something fails to load"). */
  messageKey: 'failure.boundaries' | 'failure.worker' | 'failure.maplibre';
  /** Shown as a "Try again" button when a retry can help (a network failure, not a missing feature). */
  onRetry?: () => void;
}

/**
 * A failure the reader should know about, in place of what failed: one sentence, a reminder
 * that the rest of the page works, and a retry where it helps. An alert, so screen readers
 * announce it when it appears.
 */
export function LoadFailure({ lang, messageKey, onRetry }: LoadFailureProps) {
  return (
    <div className="load-failure" role="alert" data-testid="load-failure" data-failure={messageKey}>
      <p>
        {t(lang, messageKey)} {t(lang, 'failure.rest-works')}
      </p>
      {onRetry && (
        <button type="button" className="load-failure__retry" onClick={onRetry}>
          {t(lang, 'failure.retry')}
        </button>
      )}
    </div>
  );
}
