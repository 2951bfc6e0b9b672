/**
 * Where the parts of the static image go, for a given width: title block, map, legend, credits.
 * Pure, so the layout is tested without a DOM. Heights never depend on the window's height.
 */
export interface StaticLayout {
  width: number;
  height: number;
  padding: number;
  title: { y: number; size: number };
  subtitle: { y: number; size: number };
  map: { y: number; width: number; height: number };
  /** Legend: fill swatches in one row, then the arc categories in `columns` columns. */
  legend: { y: number; columns: number; rowHeight: number; swatch: number; fillY: number; arcsY: number; columnWidth: number };
  credits: { y: number; size: number; lines: number };
}

export const MIN_STATIC_WIDTH = 280;
export const DEFAULT_STATIC_WIDTH = 960;
const CATEGORY_COUNT = 5;

/** Characters per credits line at this width (a generous average glyph width). */
export function creditCharsFor(requestedWidth: number): number {
  const width = Math.max(MIN_STATIC_WIDTH, Math.round(requestedWidth));
  const narrow = width < 560;
  const size = narrow ? 10.5 : 12;
  return Math.max(24, Math.floor((width - 2 * (narrow ? 12 : 20)) / (size * 0.62)));
}

export function staticLayout(requestedWidth: number, creditLines: number): StaticLayout {
  const width = Math.max(MIN_STATIC_WIDTH, Math.round(requestedWidth));
  const narrow = width < 560;
  const padding = narrow ? 12 : 20;
  const titleSize = narrow ? 17 : 22;
  const subtitleSize = narrow ? 12 : 14;
  const titleY = padding + titleSize;
  const subtitleY = titleY + subtitleSize + 8;
  const mapY = subtitleY + 12;
  const mapHeight = Math.round(Math.min(720, Math.max(220, width * (narrow ? 0.9 : 0.62))));
  const columns = width >= 760 ? 3 : width >= 480 ? 2 : 1;
  const rowHeight = 20;
  const legendY = mapY + mapHeight + 16;
  const fillY = legendY + 16;
  const arcsY = fillY + 46;
  const arcRows = Math.ceil(CATEGORY_COUNT / columns) + 1; // +1: the "dashed" note.
  const creditSize = narrow ? 10.5 : 12;
  const lines = Math.max(1, creditLines);
  const creditsY = arcsY + arcRows * rowHeight + 12;
  const height = Math.round(creditsY + lines * (creditSize + 4) + padding);
  return {
    width,
    height,
    padding,
    title: { y: titleY, size: titleSize },
    subtitle: { y: subtitleY, size: subtitleSize },
    map: { y: mapY, width, height: mapHeight },
    legend: {
      y: legendY,
      columns,
      rowHeight,
      swatch: 12,
      fillY,
      arcsY,
      columnWidth: (width - 2 * padding) / columns,
    },
    credits: { y: creditsY, size: creditSize, lines },
  };
}

/** Splits text into lines of at most `chars` characters, at spaces when there are any. */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of text.split(/(\s+)/)) {
    if (!token) continue;
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    let word = token;
    if (line.trim() && (line + word).length > chars) push();
    // A run without spaces longer than a line (Japanese text): cut it.
    while (word.length > chars) {
      lines.push(word.slice(0, chars));
      word = word.slice(chars);
    }
    line += word;
  }
  push();
  return lines;
}
