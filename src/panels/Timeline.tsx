import { memo, useId, useMemo, useRef } from 'react';
import { formatNumber, t } from '../i18n';
import { cumulative, documentedAtMark, documentsPerYear, formatYears, officialCountMarks } from '../partners';
import { setYears, useStore } from '../state/store';
import { useForumData } from '../view/bundle-context';
import { SourceLink } from './SourceLink';
import { OurText } from './OurText';
import { TimelineChart } from './TimelineChart';

/**
 * Documents per year: signed documents and other ties stacked, the running total of signed
 * documents as a line, the officials' cumulative counts as marks with their sources, undated
 * documents counted apart. Dragging on the chart or the two year inputs set `years`, which
 * filters every view. A table behind a <details> is the chart's text alternative. No animation,
 * so reduced motion needs nothing extra.
 */
export const Timeline = memo(function Timeline() {
  const { bundle } = useForumData();
  const lang = useStore((s) => s.lang);
  const years = useStore((s) => s.years);
  const counts = useMemo(() => documentsPerYear(bundle.pairs), [bundle.pairs]);
  const series = useMemo(() => cumulative(counts.years), [counts]);
  const marks = useMemo(() => officialCountMarks(bundle), [bundle]);
  const drag = useRef<number | null>(null);
  const helpId = useId().replace(/:/g, '');
  if (series.length === 0) return null;

  const first = series[0]!.year;
  const last = Math.max(series[series.length - 1]!.year, ...marks.map((m) => m.year));
  const [from, to] = years ?? [first, last];

  // The chart turns a pointer into a year; the drag's anchor and the store stay here.
  const onPickStart = (year: number) => {
    drag.current = year;
    setYears([year, year]);
  };
  const onPickMove = (year: number) => {
    if (drag.current === null) return;
    setYears([Math.min(drag.current, year), Math.max(drag.current, year)]);
  };
  const onPickEnd = () => {
    drag.current = null;
  };
  const setFrom = (value: number) => setYears([Math.min(value, to), Math.max(value, to)]);
  const setTo = (value: number) => setYears([Math.min(from, value), Math.max(from, value)]);
  const undated = counts.undated.agreements + counts.undated.others;

  return (
    <section aria-labelledby="timeline-heading" className="timeline" data-testid="timeline">
      <h3 id="timeline-heading">{t(lang, 'timeline.title')}</h3>
      <TimelineChart series={series} marks={marks} years={years} onPickStart={onPickStart} onPickMove={onPickMove} onPickEnd={onPickEnd} />
      <p className="timeline-legend">
        <span className="key key-agreements" aria-hidden="true" /> {t(lang, 'timeline.agreements')} <span className="key key-others" aria-hidden="true" /> {t(lang, 'timeline.others')}{' '}
        <span className="key key-line" aria-hidden="true" /> {t(lang, 'timeline.cumulative')}
      </p>
      {undated > 0 && (
        <p className="hint" data-testid="timeline-undated">
          {t(lang, 'timeline.undated.count', { count: undated })}
        </p>
      )}
      {marks.map((m) => {
        const at = documentedAtMark(m, series);
        return (
          <p key={m.date} className="hint" data-testid="timeline-official">
            <span className="key key-official" aria-hidden="true" /> {t(lang, 'timeline.official', { text: '' })}
            <OurText text={m.text} translations={m.textTranslations} lang={lang} /> <SourceLink source={m.source} lang={lang} />{' '}
            {t(lang, 'timeline.official.compare', { year: String(m.year), documented: at.documented, official: at.official })}
          </p>
        );
      })}
      <fieldset className="timeline-range" aria-describedby={`${helpId}-keys`}>
        <legend>{t(lang, 'timeline.range')}</legend>
        <p className="hint" id={`${helpId}-keys`}>
          {t(lang, 'timeline.range.keyboard')}
        </p>
        <label>
          {t(lang, 'timeline.range.from')} <input type="range" min={first} max={last} value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="years-from" /> <output>{from}</output>
        </label>
        <label>
          {t(lang, 'timeline.range.to')} <input type="range" min={first} max={last} value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="years-to" /> <output>{to}</output>
        </label>
        <p aria-live="polite" className="hint" data-testid="years-status">
          {years ? t(lang, 'timeline.range.selected', { years: formatYears(years) }) : t(lang, 'timeline.range.all')}
        </p>
        {years && (
          <button type="button" className="link-button" onClick={() => setYears(null)}>
            {t(lang, 'timeline.range.clear')}
          </button>
        )}
      </fieldset>
      <details>
        <summary>{t(lang, 'timeline.table.caption')}</summary>
        <table className="timeline-table" data-testid="timeline-table">
          <caption className="visually-hidden">{t(lang, 'timeline.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'timeline.table.year')}</th>
              <th scope="col">{t(lang, 'timeline.agreements')}</th>
              <th scope="col">{t(lang, 'timeline.others')}</th>
              <th scope="col">{t(lang, 'timeline.cumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.year}>
                <th scope="row">{s.year}</th>
                <td>{formatNumber(lang, s.agreements)}</td>
                <td>{formatNumber(lang, s.others)}</td>
                <td>{formatNumber(lang, s.agreementsToDate)}</td>
              </tr>
            ))}
            {undated > 0 && (
              <tr>
                <th scope="row">{t(lang, 'timeline.undated')}</th>
                <td>{formatNumber(lang, counts.undated.agreements)}</td>
                <td>{formatNumber(lang, counts.undated.others)}</td>
                <td>—</td>
              </tr>
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
});
