/**
 * A locality's sector profile: every sector that something sourced gives it, with the reasons.
 * Two kinds of reason exist, and both keep their source so the interface can show why:
 *  - a sourced priority (data/localities/sector-priorities.csv): the locality said it wants this;
 *  - a document sector: one of its existing documents (data/pairs.csv) covers this sector.
 * A forum declaration of looking for partners is carried alongside, as a flag with its source.
 * Pure: reads the bundle, returns new objects, no DOM, no React.
 */
import type { Bundle, Locality, Pair, Source } from '../data/types';
import { compareCodePoints } from '../lib/compare';

interface PriorityReason {
  kind: 'priority';
  evidence: string;
  source: Source;
}

interface DocumentReason {
  kind: 'document';
  pairId: string;
  /** The other party of the document (a prefecture, a municipality or a Vietnamese unit). */
  partnerId: string;
  signed: string | null;
  source: Source;
}

export interface SectorReasons {
  sector: string;
  priorities: PriorityReason[];
  documents: DocumentReason[];
}

export interface LookingFlag {
  text: string;
  source: Source;
}

export interface Profile {
  /** The locality the profile describes (a municipality is read as its prefecture). */
  localityId: string;
  /** Sectors with at least one reason, ordered by sector id so output is stable. */
  sectors: SectorReasons[];
  lookingForPartners: LookingFlag | null;
}

export type ProfileBundle = Pick<Bundle, 'localities' | 'pairs' | 'priorities' | 'lookingForPartners'>;

export interface ProfileOptions {
  /**
   * The documents that count as document sectors: the ones the reader's filters let through,
   * chosen by the caller with the app's one predicate (src/view/visible.ts, a layer above this
   * one). All of the bundle's when absent.
   */
  documents?: readonly Pair[];
}

/**
 * The locality the partner logic works on: Vietnamese units as they are, Japanese municipalities
 * as their prefecture (the Japanese side of a suggestion is always a prefecture). Undefined for
 * an unknown id.
 */
export function partnerSideLocality(localityId: string, localities: readonly Locality[]): Locality | undefined {
  const locality = localities.find((l) => l.id === localityId);
  if (locality?.kind !== 'municipality') return locality;
  return localities.find((l) => l.id === locality.prefectureId);
}

/** Documents of a locality: a prefecture's include its municipalities' (their tie counts for it). */
export function documentsOf(localityId: string, pairs: readonly Pair[]): Pair[] {
  return pairs.filter((pair) => pair.vnId === localityId || pair.jpPrefectureId === localityId);
}

function partnerOf(pair: Pair, localityId: string): string {
  return pair.vnId === localityId ? pair.jpId : pair.vnId;
}

export function profile(localityId: string, bundle: ProfileBundle, options: ProfileOptions = {}): Profile {
  const id = partnerSideLocality(localityId, bundle.localities)?.id ?? localityId;
  const bySector = new Map<string, SectorReasons>();
  const entry = (sector: string): SectorReasons => {
    let reasons = bySector.get(sector);
    if (!reasons) {
      reasons = { sector, priorities: [], documents: [] };
      bySector.set(sector, reasons);
    }
    return reasons;
  };

  for (const priority of bundle.priorities) {
    if (priority.localityId !== id) continue;
    entry(priority.sector).priorities.push({ kind: 'priority', evidence: priority.evidence, source: priority.source });
  }
  for (const pair of documentsOf(id, options.documents ?? bundle.pairs)) {
    for (const sector of pair.sectors) {
      entry(sector).documents.push({ kind: 'document', pairId: pair.id, partnerId: partnerOf(pair, id), signed: pair.signed, source: pair.source });
    }
  }

  const looking = bundle.lookingForPartners.find((l) => l.localityId === id);
  return {
    localityId: id,
    sectors: [...bySector.values()].sort((a, b) => compareCodePoints(a.sector, b.sector)),
    lookingForPartners: looking ? { text: looking.text, source: looking.source } : null,
  };
}

/** True when something sourced gives the locality at least one sector. */
export function hasProfile(p: Profile): boolean {
  return p.sectors.length > 0;
}

/** Plain code-point order, the same in every browser and locale (unlike localeCompare). */
export { compareCodePoints };

/** The forum's localities looking for partners, by English name, for the overview's list. */
export function localitiesLookingForPartners(bundle: Pick<ProfileBundle, 'localities' | 'lookingForPartners'>): (LookingFlag & { localityId: string })[] {
  const nameOf = new Map(bundle.localities.map((l) => [l.id, l.names.en]));
  return bundle.lookingForPartners
    .map((l) => ({ localityId: l.localityId, text: l.text, source: l.source }))
    .sort((a, b) => compareCodePoints(nameOf.get(a.localityId) ?? a.localityId, nameOf.get(b.localityId) ?? b.localityId));
}
