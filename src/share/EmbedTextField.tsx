import { useId } from 'react';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import { cleanEmbedText, EMBED_TEXT_LIMITS, textLength, type EmbedTextField as Field } from '../state/embed-text';

/** The cleaned text the embed link may carry, or undefined when empty or over the limit (then the link leaves it out). */
export function linkText(field: Field, typed: string): string | undefined {
  const text = cleanEmbedText(typed);
  return text && textLength(text) <= EMBED_TEXT_LIMITS[field] ? text : undefined;
}

const LABELS = { headline: 'embed.edit.headline', caption: 'embed.edit.caption', notes: 'embed.edit.notes' } as const;

/**
 * One of the embed's texts in the Embed dialog. What the journalist types stays in the field as
 * typed, even past the limit: the field then says by how much, and the code leaves it out until
 * it fits. Empty, the view's own text is used, shown as the placeholder.
 */
export function EmbedTextField({ field, value, written, lang, onChange }: { field: Field; value: string; written: string; lang: Lang; onChange: (value: string) => void }) {
  const id = useId();
  const limit = EMBED_TEXT_LIMITS[field];
  const over = textLength(cleanEmbedText(value)) - limit;
  return (
    <label className="embed-edit-field">
      <span>{t(lang, LABELS[field])}</span>
      <input
        type="text"
        value={value}
        placeholder={written ? t(lang, 'embed.edit.placeholder', { text: written }) : undefined}
        aria-invalid={over > 0}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.currentTarget.value)}
        data-testid={`embed:edit-${field}`}
      />
      <span id={`${id}-help`} className={over > 0 ? 'error' : 'help'} role={over > 0 ? 'alert' : undefined}>
        {over > 0 ? t(lang, 'embed.edit.too-long', { count: over }) : t(lang, 'embed.edit.limit', { count: limit })}
      </span>
    </label>
  );
}
