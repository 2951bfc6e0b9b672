import { useRef } from 'react';
import { t } from '../i18n';
import { useStore } from '../state/store';

/** One code block: heading, help, read-only textarea and a Copy button. */
export function EmbedCodeBlock({ id, title, help, code, onCopy }: { id: string; title: string; help: string; code: string; onCopy: (code: string, area: HTMLTextAreaElement | null) => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const lang = useStore((s) => s.lang);
  return (
    <section className="embed-code" aria-labelledby={`${id}-title`}>
      {/* A <label> as well as the heading: a read-only field still needs a visible label of its own. */}
      <h3 id={`${id}-title`}>
        <label htmlFor={`${id}-code`}>{title}</label>
      </h3>
      <p className="help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={`${id}-code`}
        ref={area}
        readOnly
        rows={4}
        spellCheck={false}
        value={code}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        data-testid={`embed:code-${id.split('-').pop()}`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-actions">
        <button type="button" onClick={() => onCopy(code, area.current)}>
          {t(lang, 'embed.copy')}
        </button>
      </div>
    </section>
  );
}
