/**
 * The two iframe-height message formats Kizuna speaks, as pure functions.
 * `public/embed.js` (the hand-written loader) repeats PYM_PATTERN and the AMP shape check;
 * tests/unit/embed/loader.test.ts loads that file and posts these very messages to it.
 */

/** pym.js v1 joins its four message parts with this delimiter. */
const PYM_DELIMITER = 'xPYMx';
/** Heights outside this range are clamped: a broken page never collapses or explodes the iframe. */
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 5000;

/**
 * `pymxPYMx{id}xPYMx{type}xPYMx{value}`; ids are restricted to the characters pym itself
 * generates or accepts in `childId` (pym uses the container element's id).
 */
export const PYM_PATTERN = /^pymxPYMx([A-Za-z0-9_.:-]{0,64})xPYMx(height|width)xPYMx(\d{1,6})$/;

export interface PymMessage {
  id: string;
  type: 'height' | 'width';
  value: number;
}

/** Builds a pym.js v1 message string, e.g. `pymxPYMxmapxPYMxheightxPYMx640`. */
export function pymMessage(id: string, type: PymMessage['type'], value: number): string {
  return ['pym', id, type, String(Math.round(value))].join(PYM_DELIMITER);
}

/** Reads a pym.js height or width message; anything not exactly that shape is null. */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > 200) return null;
  const match = PYM_PATTERN.exec(data);
  if (!match) return null;
  const [, id = '', type, value = ''] = match;
  return { id, type: type === 'width' ? 'width' : 'height', value: Number(value) };
}

/** AMP's `amp-iframe` resize request. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function ampMessage(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height: Math.round(height) };
}

/** Reads an AMP `embed-size` object; null for anything else (strings, arrays, extra shapes). */
export function parseAmpMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.sentinel !== 'amp' || record.type !== 'embed-size') return null;
  const height = record.height;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 ? height : null;
}

/** The height a parent should give the iframe for either message, or null to ignore it. */
export function heightFromMessage(data: unknown): number | null {
  const pym = parsePymMessage(data);
  if (pym) return pym.type === 'height' ? clampHeight(pym.value) : null;
  const amp = parseAmpMessage(data);
  return amp === null ? null : clampHeight(amp);
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
