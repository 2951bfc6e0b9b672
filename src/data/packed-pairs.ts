import type { CorePair } from './pair-types';
import type { Locality } from './place-types';
import type { CoreBundle } from './types';
// With its extension: vite.config.ts loads this file (scripts/lib/bundle-parts.ts), and Node's loader needs one.
import { AGREEMENT_TYPES, EVIDENCE, RELATIONSHIPS, SIGNING_LEVELS } from './vocabulary.ts';

/*
 * The first view carries every agreement (the chips, the counts, the overview and the flows read
 * them all), so its size grows with the data. As JSON objects an agreement cost ~23 bytes of
 * gzip, most of it repeated keys and fields the localities already give (the prefecture, the
 * agreement flag); as the columns below, ~4.3 (24,000 synthetic agreements: 557 KB → 104 KB).
 * Written at build time (scripts/lib/bundle-parts.ts), read once at start (src/data/load.ts);
 * nothing else sees this shape.
 */

/**
 * One digit per character: every printable ASCII character but the quote and the backslash, so
 * that the columns pass through JSON and a JS string literal unescaped (escapes would cost bytes).
 */
const DIGITS = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i)).filter((c) => c !== '\\');
const BASE = DIGITS.length;
const VALUE_OF = new Map(DIGITS.map((c, i) => [c, i]));

/** Ids never contain a space (scripts/lib/data/schema.ts `ID_PATTERN`), and dates never contain a comma. */
const ID_SEPARATOR = ' ';
const SECTOR_SEPARATOR = ' ';
const DATE_SEPARATOR = ',';

/** Whole numbers, each written in the same number of digits. */
interface NumberColumn {
  width: number;
  digits: string;
}

interface PackedPairs {
  /**
   * One column per field, since gzip codes a column of few distinct digits in few bits: the
   * Vietnamese unit and the Japanese partner (indexes into the Vietnamese and the Japanese
   * localities, in bundle order), the relationship, and the signing level and evidence (0 when
   * absent, else their index + 1).
   */
  vn: NumberColumn;
  jp: NumberColumn;
  relationship: NumberColumn;
  level: NumberColumn;
  evidence: NumberColumn;
  /** Front-coded ids: a digit for the length shared with the previous id, then the rest. */
  ids: string;
  /** Each pair's sectors as digits (indexes into the bundle's sectors). */
  sectors: string;
  /** Each pair's `signed`, '' for none. */
  signed: string;
  /** The fields few pairs have, by pair index. */
  rare: Record<number, Partial<Pick<CorePair, 'renewalOf' | 'signedAs'>>>;
}

function numberColumn(values: readonly number[]): NumberColumn {
  const largest = Math.max(0, ...values);
  let width = 1;
  while (BASE ** width <= largest) width++;
  return { width, digits: values.map((value) => encodeNumber(value, width)).join('') };
}

function encodeNumber(value: number, width: number): string {
  let text = '';
  for (let i = 0; i < width; i++) {
    text = (DIGITS[value % BASE] ?? '') + text;
    value = Math.floor(value / BASE);
  }
  return text;
}

function numberAt({ width, digits }: NumberColumn, index: number): number {
  let value = 0;
  for (let i = index * width; i < (index + 1) * width; i++) value = value * BASE + (VALUE_OF.get(digits[i] ?? '') ?? 0);
  return value;
}

function indexIn<T>(items: readonly T[], item: T | undefined, what: string): number {
  const index = item === undefined ? -1 : items.indexOf(item);
  if (index < 0) throw new Error(`packPairs: ${what} ${String(item)} is not in the bundle`);
  return index;
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < BASE - 1 && n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function byCountry(localities: readonly Locality[]) {
  return { vn: localities.filter((l) => l.country === 'vn'), jp: localities.filter((l) => l.country === 'jp') };
}

/** The pairs as columns; `unpackPairs` with the same localities and sectors gives them back. */
function packPairs(pairs: readonly CorePair[], localities: readonly Locality[], sectorIds: readonly string[]): PackedPairs {
  if (sectorIds.length > BASE) throw new Error(`packPairs: ${sectorIds.length} sectors do not fit one digit each`);
  const { vn, jp } = byCountry(localities);
  const vnIds = vn.map((l) => l.id);
  const jpIds = jp.map((l) => l.id);
  const ids = pairs.map((pair, index) => {
    const shared = sharedLength(pairs[index - 1]?.id ?? '', pair.id);
    return `${DIGITS[shared] ?? ''}${pair.id.slice(shared)}`;
  });
  const rare: PackedPairs['rare'] = {};
  pairs.forEach((pair, index) => {
    if (pair.renewalOf === undefined && pair.signedAs === null) return;
    rare[index] = { ...(pair.renewalOf !== undefined && { renewalOf: pair.renewalOf }), ...(pair.signedAs !== null && { signedAs: pair.signedAs }) };
  });
  return {
    vn: numberColumn(pairs.map((p) => indexIn(vnIds, p.vnId, 'Vietnamese unit'))),
    jp: numberColumn(pairs.map((p) => indexIn(jpIds, p.jpId, 'Japanese locality'))),
    relationship: numberColumn(pairs.map((p) => indexIn(RELATIONSHIPS, p.relationship, 'relationship'))),
    level: numberColumn(pairs.map((p) => (p.level ? indexIn(SIGNING_LEVELS, p.level, 'signing level') + 1 : 0))),
    evidence: numberColumn(pairs.map((p) => (p.evidence ? indexIn(EVIDENCE, p.evidence, 'evidence') + 1 : 0))),
    ids: ids.join(ID_SEPARATOR),
    sectors: pairs.map((p) => p.sectors.map((s) => DIGITS[indexIn(sectorIds, s, 'sector')]).join('')).join(SECTOR_SEPARATOR),
    signed: pairs.map((p) => p.signed ?? '').join(DATE_SEPARATOR),
    rare,
  };
}

/** The pairs `packPairs` was given, with the prefecture and the agreement flag worked out again from the localities and the relationship. */
function unpackPairs(packed: PackedPairs, localities: readonly Locality[], sectorIds: readonly string[]): CorePair[] {
  const { vn, jp } = byCountry(localities);
  const ids = packed.ids === '' ? [] : packed.ids.split(ID_SEPARATOR);
  const sectors = packed.sectors.split(SECTOR_SEPARATOR);
  const signed = packed.signed.split(DATE_SEPARATOR);
  let previousId = '';
  return ids.map((coded, index) => {
    const id = previousId.slice(0, VALUE_OF.get(coded[0] ?? '') ?? 0) + coded.slice(1);
    previousId = id;
    const partner = jp[numberAt(packed.jp, index)];
    const relationship = RELATIONSHIPS[numberAt(packed.relationship, index)];
    const vnId = vn[numberAt(packed.vn, index)]?.id;
    if (!partner || !relationship || !vnId) throw new Error(`unpackPairs: pair ${index} (${id}) points outside the bundle`);
    const level = numberAt(packed.level, index);
    const evidence = numberAt(packed.evidence, index);
    const rare = packed.rare[index];
    const date = signed[index] ?? '';
    return {
      id,
      vnId,
      jpId: partner.id,
      jpPrefectureId: partner.prefectureId ?? partner.id,
      relationship,
      isAgreement: AGREEMENT_TYPES.includes(relationship),
      signed: date === '' ? null : date,
      ...(level > 0 && { level: SIGNING_LEVELS[level - 1] }),
      ...(evidence > 0 && { evidence: EVIDENCE[evidence - 1] }),
      ...(rare?.renewalOf !== undefined && { renewalOf: rare.renewalOf }),
      sectors: [...(sectors[index] ?? '')].map((digit) => sectorIds[VALUE_OF.get(digit) ?? -1] ?? ''),
      signedAs: rare?.signedAs ?? null,
    };
  });
}

/** The core as the first view's chunk carries it: its pairs packed. */
export type PackedCore = Omit<CoreBundle, 'pairs'> & { pairs: PackedPairs };

export function packCore(core: CoreBundle): PackedCore {
  return { ...core, pairs: packPairs(core.pairs, core.localities, core.sectors.map((s) => s.id)) };
}

export function unpackCore(core: PackedCore): CoreBundle {
  return { ...core, pairs: unpackPairs(core.pairs, core.localities, core.sectors.map((s) => s.id)) };
}
