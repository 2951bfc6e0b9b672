/**
 * Which reader-facing texts have our Vietnamese and Japanese translations: every pairs.csv
 * summary and caveat, and every English string of forum.json. The checker warns on each missing
 * one and data:check prints the counts, so "every row readable in three languages" is measured.
 */
import type { ForumFile } from './schema';

export type OurLang = 'vi' | 'ja';
export const OUR_LANGS: readonly OurLang[] = ['vi', 'ja'];

/** One translatable text of forum.json: where it is and which translations it has. */
export interface ForumText {
  /** Path of the English (or original) value, e.g. ['directions', 0, 'title']. */
  path: PropertyKey[];
  /** The text itself, shortened in messages. */
  text: string;
  /** The sibling key that holds each translation, e.g. `title_vi`. */
  key: Record<OurLang, string>;
  has: Record<OurLang, boolean>;
  /** For `items`: the translated list has a different length (an error, not a gap). */
  lengthMismatch?: Partial<Record<OurLang, number>>;
}

type Node = Record<string, unknown>;

function text(node: Node, field: string, path: PropertyKey[], skip: OurLang[] = []): ForumText {
  const key = { vi: `${field}_vi`, ja: `${field}_ja` };
  const has = { vi: skip.includes('vi') || node[key.vi] !== undefined, ja: skip.includes('ja') || node[key.ja] !== undefined };
  return { path: [...path, field], text: String(node[field] ?? ''), key, has };
}

/** Every translatable text in the forum file, in file order. */
export function forumTexts(forum: ForumFile): ForumText[] {
  const out: ForumText[] = [];
  const f = forum.forum;
  out.push(text(f, 'name', ['forum']), text(f, 'place', ['forum']));
  f.themes.forEach((t, i) => out.push(text(t, 'text', ['forum', 'themes', i])));
  out.push(text(f.organisers, 'text', ['forum', 'organisers']));
  f.programme.forEach((t, i) => out.push(text(t, 'text', ['forum', 'programme', i])));
  out.push(text(f.officialAgreementCount, 'text', ['forum', 'officialAgreementCount']));
  forum.speakers.forEach((s, i) => {
    if (s.title.trim() !== '') out.push(text(s, 'title', ['speakers', i]));
  });
  forum.quotes.forEach((q, i) => {
    // A quote already in the reader's language needs no translation into it.
    const skip = OUR_LANGS.filter((l) => q.lang === l);
    out.push(text(q, 'text', ['quotes', i], skip));
  });
  forum.figures.forEach((x, i) => out.push(text(x, 'label', ['figures', i])));
  forum.directions.forEach((d, i) => {
    out.push(text(d, 'title', ['directions', i]));
    const items = text(d, 'items', ['directions', i]);
    items.text = d.items.join('; ');
    for (const lang of OUR_LANGS) {
      const list = lang === 'vi' ? d.items_vi : d.items_ja;
      if (list !== undefined && list.length !== d.items.length) (items.lengthMismatch ??= {})[lang] = list.length;
    }
    out.push(items);
  });
  forum.lookingForPartners.forEach((l, i) => out.push(text(l, 'text', ['lookingForPartners', i])));
  return out;
}

/** `n/total` per language. */
export function countTranslated(texts: readonly { has: Record<OurLang, boolean> }[]): Record<OurLang, number> {
  return { vi: texts.filter((t) => t.has.vi).length, ja: texts.filter((t) => t.has.ja).length };
}

/** The first words of a text, for a message. */
export function excerpt(s: string, max = 48): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** A reader's language: the interface and every text it shows exist in these three. */
type ReaderLang = 'en' | 'vi' | 'ja';
const READER_LANGS: readonly ReaderLang[] = ['en', 'vi', 'ja'];

/** How one sector-priority row reads in each reader language, as far as the file says. */
export interface EvidenceTexts {
  evidence: string;
  evidence_lang: string;
  evidence_en: string;
  evidence_vi: string;
  evidence_ja: string;
}

/** A gap or a contradiction in a row's evidence translations: which column, and what to write. */
export interface EvidenceProblem {
  field: `evidence_${ReaderLang}`;
  message: string;
}

const LANGUAGE_NAME: Record<ReaderLang, string> = { en: 'English', vi: 'Vietnamese', ja: 'Japanese' };

/**
 * The evidence is quoted in the source's language; a reader of each of the other interface
 * languages needs our translation, and a translation into the source's own language would be shown
 * instead of the source's words, so it is refused too.
 */
export function evidenceProblems(row: EvidenceTexts): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const lang of READER_LANGS) {
    const field = `evidence_${lang}` as const;
    if (lang === row.evidence_lang) {
      if (row[field] !== '') {
        problems.push({ field, message: `set although evidence_lang is ${lang}: "evidence" already is the ${LANGUAGE_NAME[lang]} text; empty this column` });
      }
    } else if (row[field] === '') {
      problems.push({
        field,
        message: `missing; write our ${LANGUAGE_NAME[lang]} translation of "${excerpt(row.evidence)}" (readers of the ${LANGUAGE_NAME[lang]} interface see it, labelled as ours)`,
      });
    }
  }
  return problems;
}
