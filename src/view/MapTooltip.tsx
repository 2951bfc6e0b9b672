import type { TooltipText } from './arc-handles';

/** A tooltip's text and where it points, in px from the map's top left. */
export type Tooltip = TooltipText & { x: number; y: number };

/** A flow's name and its strongest ties, next to the pointer or the focused handle. */
export function MapTooltip({ tooltip }: { tooltip: Tooltip }) {
  return (
    <div className="map-tooltip" role="tooltip" style={{ transform: `translate(${tooltip.x + 12}px, ${tooltip.y + 12}px)` }}>
      <strong>{tooltip.title}</strong>
      {tooltip.lines.length > 0 && (
        <ul className="map-tooltip__docs">
          {tooltip.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
