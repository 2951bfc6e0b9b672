import { useMemo } from 'react';
import type { IndexedCore } from '../data/selectors';
import type { Lang } from '../data/vocabulary';
import { collator, t } from '../i18n';
import { localityName } from '../i18n/names';
import type { Selection } from '../state/types';

/** The picker's value for a selection; `current` follows the app's view. */
function selectionValue(selection: Selection | undefined): string {
  if (!selection) return 'current';
  return selection.kind === 'none' ? 'none' : `${selection.kind}:${selection.id}`;
}

/** The selection a picker value names (undefined: the current view). */
function selectionFromValue(value: string): Selection | undefined {
  if (value === 'current') return undefined;
  if (value === 'none') return { kind: 'none' };
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  return kind === 'locality' || kind === 'region' || kind === 'pair' ? { kind, id } : undefined;
}

/**
 * What the embed opens on: the current view, the overview, a region, a Vietnamese unit or a
 * Japanese prefecture (a municipality or a single document is reached through the app's own
 * view, then "Current view").
 */
export function EmbedSelectionPicker({
  data,
  lang,
  uiLang,
  value,
  onChange,
}: {
  data: IndexedCore;
  lang: Lang;
  uiLang: Lang;
  value: Selection | undefined;
  onChange: (selection: Selection | undefined) => void;
}) {
  const groups = useMemo(() => {
    const texts = collator(lang);
    const places = (country: 'vn' | 'jp') =>
      data.bundle.localities
        .filter((l) => l.country === country && l.kind !== 'municipality')
        .map((l) => ({ id: l.id, name: localityName(l, lang) }))
        .sort((a, b) => texts.compare(a.name, b.name));
    const regions = (data.bundle.regions ?? []).map((r) => ({ id: r.id, name: r.names[lang] }));
    return { regions, vn: places('vn'), jp: places('jp') };
  }, [data, lang]);
  return (
    <label className="embed-edit-field">
      <span>{t(uiLang, 'embed.edit.selection')}</span>
      <select value={selectionValue(value)} onChange={(event) => onChange(selectionFromValue(event.currentTarget.value))} data-testid="embed:edit-selection">
        <option value="current">{t(uiLang, 'embed.edit.selection.current')}</option>
        <option value="none">{t(uiLang, 'embed.edit.selection.overview')}</option>
        <optgroup label={t(uiLang, 'embed.edit.selection.regions')}>
          {groups.regions.map((r) => (
            <option key={r.id} value={`region:${r.id}`}>
              {r.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t(uiLang, 'embed.edit.selection.vn')}>
          {groups.vn.map((l) => (
            <option key={l.id} value={`locality:${l.id}`}>
              {l.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t(uiLang, 'embed.edit.selection.jp')}>
          {groups.jp.map((l) => (
            <option key={l.id} value={`locality:${l.id}`}>
              {l.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
