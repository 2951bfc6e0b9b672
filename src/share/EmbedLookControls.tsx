import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';
import type { DarkMode, StartLevel } from '../state/types';
import { START_LEVELS } from '../state/url-params';
import { DEFAULT_IFRAME_HEIGHT, IFRAME_HEIGHT_RANGE, parseIframeHeight, type EmbedChoices } from './snippet';

/** The colour modes, in the order the dialog offers them (the page's own first). */
const DARK_MODES: readonly DarkMode[] = ['off', 'on', 'auto'];

export interface EmbedLookControlsProps {
  baseId: string;
  uiLang: Lang;
  choices: EmbedChoices;
  onChoices: (choices: EmbedChoices) => void;
  /** The height as typed: an invalid one is said next to the field, and the code keeps the default. */
  heightText: string;
  onHeightText: (text: string) => void;
}

/** How the embed opens and sits in the page: the opening level, the colours, the iframe's height. */
export function EmbedLookControls({ baseId, uiLang, choices, onChoices, heightText, onHeightText }: EmbedLookControlsProps) {
  const height = parseIframeHeight(heightText);
  return (
    <div className="embed-edit-row">
      <label className="embed-edit-field">
        <span>{t(uiLang, 'embed.edit.level')}</span>
        <select value={choices.startLevel ?? 'regions'} onChange={(event) => onChoices({ ...choices, startLevel: event.currentTarget.value as StartLevel })} data-testid="embed:edit-level">
          {START_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(uiLang, `embed.level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-edit-field">
        <span>{t(uiLang, 'embed.option.theme')}</span>
        <select value={choices.dark} onChange={(event) => onChoices({ ...choices, dark: event.currentTarget.value as DarkMode })} data-testid="embed:edit-theme">
          {DARK_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(uiLang, `embed.theme.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-edit-field">
        <span>{t(uiLang, 'embed.edit.height')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={IFRAME_HEIGHT_RANGE.min}
          max={IFRAME_HEIGHT_RANGE.max}
          step={10}
          value={heightText}
          aria-invalid={height === null}
          aria-describedby={height === null ? `${baseId}-height-error` : undefined}
          onChange={(event) => onHeightText(event.currentTarget.value)}
          data-testid="embed:edit-height"
        />
        {height === null && (
          <span id={`${baseId}-height-error`} className="error" role="alert">
            {t(uiLang, 'embed.edit.height.invalid', { min: IFRAME_HEIGHT_RANGE.min, max: IFRAME_HEIGHT_RANGE.max, height: DEFAULT_IFRAME_HEIGHT })}
          </span>
        )}
      </label>
    </div>
  );
}

/** The embed's parts: the plain map alone, or chips, details and the timeline. */
export function EmbedPartsControls({ uiLang, choices, onChoices }: Pick<EmbedLookControlsProps, 'uiLang' | 'choices' | 'onChoices'>) {
  return (
    <fieldset>
      <label>
        <input type="checkbox" checked={choices.plain} onChange={(event) => onChoices({ ...choices, plain: event.currentTarget.checked })} /> {t(uiLang, 'embed.option.plain')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={!choices.hideChips}
          disabled={choices.plain}
          onChange={(event) => onChoices({ ...choices, hideChips: !event.currentTarget.checked })}
          data-testid="embed:option-chips"
        />{' '}
        {t(uiLang, 'embed.option.chips')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={!choices.hideDetails}
          disabled={choices.plain}
          onChange={(event) => onChoices({ ...choices, hideDetails: !event.currentTarget.checked })}
          data-testid="embed:option-details"
        />{' '}
        {t(uiLang, 'embed.option.details')}
      </label>
      <label>
        <input type="checkbox" checked={choices.timeline === true} onChange={(event) => onChoices({ ...choices, timeline: event.currentTarget.checked })} data-testid="embed:option-timeline" />{' '}
        {t(uiLang, 'timeline.embed.option')}
      </label>
    </fieldset>
  );
}
