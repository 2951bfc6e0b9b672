import { useId, useMemo, useRef, type PointerEvent } from 'react';
import { formatNumber, t } from '../i18n';
import { cumulative, documentedAtMark, documentsPerYear, formatYears, officialCountMarks } from '../partners';
import { setYears, useStore } from '../state/store';
import { useCoreData } from './data';
import { SourceLink } from './SourceLink';

const W = 300;
const H = 96;
const PAD = { left: 4, right: 4, top: 8, bottom: 16 };

/**
 * Documents per year: signed documents and other ties stacked, the running total of signed
 * documents as a line, the officials' cumulative counts as marks with their sources, undated
 * documents counted apart. Dragging on the chart or the two year inputs set `years`, which
 * filters every view. A table behind a <details> is the chart's text alternative. No animation,
 * so reduced motion needs nothing extra.
 */
export function Timeline() {
  const { bundle } = useCoreData();
  const lang = useStore((s) => s.lang);
  const years = useStore((s) => s.years);
  const counts = useMemo(() => documentsPerYear(bundle.pairs), [bundle.pairs]);
  const series = useMemo(() => cumulative(counts.years), [counts]);
  const marks = useMemo(() => officialCountMarks(bundle), [bundle]);
  const drag = useRef<number | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const helpId = useId().replace(/:/g, '');
  if (series.length === 0) return null;

  const first = series[0]!.year;
  const last = Math.max(series[series.length - 1]!.year, ...marks.map((m) => m.year));
  const span = last - first + 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / span;
  const x = (year: number) => PAD.left + (year - first) * step;
  const maxYear = Math.max(1, ...series.map((s) => s.agreements + s.others));
  const maxTotal = Math.max(1, series[series.length - 1]!.agreementsToDate, ...marks.map((m) => m.value));
  const yBar = (n: number) => (n / maxYear) * innerH;
  const yLine = (n: number) => PAD.top + innerH - (n / maxTotal) * innerH;
  const [from, to] = years ?? [first, last];
  const inRange = (year: number) => !years || (year >= years[0] && year <= years[1]);

  const yearAt = (clientX: number): number => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return first;
    const local = ((clientX - box.left) / box.width) * W;
    return Math.max(first, Math.min(last, first + Math.floor((local - PAD.left) / step)));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const year = yearAt(event.clientX);
    drag.current = year;
    setYears([year, year]);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag.current === null) return;
    const year = yearAt(event.clientX);
    setYears([Math.min(drag.current, year), Math.max(drag.current, year)]);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const setFrom = (value: number) => setYears([Math.min(value, to), Math.max(value, to)]);
  const setTo = (value: number) => setYears([Math.min(from, value), Math.max(from, value)]);
  const undated = counts.undated.agreements + counts.undated.others;
  const line = series.map((s) => `${x(s.year) + step / 2},${yLine(s.agreementsToDate)}`).join(' ');

  return (
    <section aria-labelledby="timeline-heading" className="timeline" data-testid="timeline">
      <h3 id="timeline-heading">{t(lang, 'timeline.title')}</h3>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        className="timeline-chart"
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        {years && <rect className="timeline-brush" x={x(from)} y={PAD.top} width={(to - from + 1) * step} height={innerH} />}
        {series.map((s) => {
          const a = yBar(s.agreements);
          const o = yBar(s.others);
          const base = PAD.top + innerH;
          return (
            <g key={s.year} className={inRange(s.year) ? 'in' : 'out'}>
              <rect className="bar-agreements" x={x(s.year) + 0.5} y={base - a} width={Math.max(1, step - 1)} height={a} />
              <rect className="bar-others" x={x(s.year) + 0.5} y={base - a - o} width={Math.max(1, step - 1)} height={o} />
            </g>
          );
        })}
        <polyline className="timeline-line" points={line} fill="none" />
        {marks.map((m) => (
          <g key={m.date} className="timeline-official">
            <circle cx={x(m.year) + step / 2} cy={yLine(m.value)} r={3} />
          </g>
        ))}
        <text x={PAD.left} y={H - 3} className="timeline-axis">{first}</text>
        <text x={W - PAD.right} y={H - 3} className="timeline-axis" textAnchor="end">{last}</text>
      </svg>
      <p className="timeline-legend">
        <span className="key key-agreements" aria-hidden="true" /> {t(lang, 'timeline.agreements')}{' '}
        <span className="key key-others" aria-hidden="true" /> {t(lang, 'timeline.others')}{' '}
        <span className="key key-line" aria-hidden="true" /> {t(lang, 'timeline.cumulative')}
      </p>
      {undated > 0 && <p className="hint" data-testid="timeline-undated">{t(lang, 'timeline.undated.count', { count: undated })}</p>}
      {marks.map((m) => {
        const at = documentedAtMark(m, series);
        return (
          <p key={m.date} className="hint" data-testid="timeline-official">
            <span className="key key-official" aria-hidden="true" /> {t(lang, 'timeline.official', { text: '' })}
            <span lang="en">{m.text}</span> <SourceLink source={m.source} lang={lang} />{' '}
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
          {t(lang, 'timeline.range.from')}{' '}
          <input type="range" min={first} max={last} value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="years-from" />{' '}
          <output>{from}</output>
        </label>
        <label>
          {t(lang, 'timeline.range.to')}{' '}
          <input type="range" min={first} max={last} value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="years-to" />{' '}
          <output>{to}</output>
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
}
