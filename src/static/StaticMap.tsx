import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { bundle } from '../data/load';
import { useGeoStatus } from './use-geo';
import { LoadFailure } from '../panels/LoadFailure';
import { useStore } from '../state/store';
import { t } from '../i18n';
import { SvgMap } from './SvgMap';

export interface StaticMapProps {
  /** i18n key of a short notice shown above the map (why it is static), if any. */
  noticeKey?: string;
}

/**
 * The SVG map wired to the store and the bundle, sized to its container. Used as the WebGL
 * fallback and, later, for `?static=1`. Sets the same test hooks as the WebGL map.
 */
export function StaticMap({ noticeKey }: StaticMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const { geo, failed, retry } = useGeoStatus();
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const sectors = useStore((s) => s.sectors);
  const relationships = useStore((s) => s.relationships);
  const filters = useMemo(() => ({ sectors, relationships }), [sectors, relationships]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setSize({ width: Math.max(1, element.clientWidth), height: Math.max(1, element.clientHeight) });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const ready = Boolean(geo && size);
  return (
    <div
      ref={ref}
      className="map-container map-container--svg"
      data-testid="map"
      data-renderer="svg"
      data-map-ready={ready ? 'true' : 'false'}
      data-arcs-drawn="0"
      data-selected={selection.kind === 'none' ? '' : `${selection.kind}:${selection.id}`}
    >
      {noticeKey && (
        <p className="map-notice" role="status">
          {t(lang, noticeKey)}
        </p>
      )}
      {failed && <LoadFailure lang={lang} messageKey="failure.boundaries" onRetry={retry} />}
      {geo && size && (
        <ArcCounter container={ref}>
          <SvgMap
            geo={geo}
            localities={bundle.localities}
            pairs={bundle.pairs}
            width={size.width}
            height={size.height}
            lang={lang}
            selection={selection}
            filters={filters}
          />
        </ArcCounter>
      )}
    </div>
  );
}

/** Writes the number of distinct rendered `path[data-pair-id]` to the container after each render. */
function ArcCounter({ container, children }: { container: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const ids = new Set([...element.querySelectorAll('path[data-pair-id]')].map((p) => p.getAttribute('data-pair-id')));
    element.setAttribute('data-arcs-drawn', String(ids.size));
  });
  return <>{children}</>;
}
