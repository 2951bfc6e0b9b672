import type { SectorPriority } from '../data/types';
import type { Lang } from '../data/vocabulary';
import { t } from '../i18n';

/**
 * The sentence that shows a locality's priority, in the reader's language: the source's own
 * words when the source is in that language, otherwise our translation, labelled as ours. The
 * source's words stay one click away through its link, which carries the source's language.
 */
export function PriorityEvidence({ priority, lang }: { priority: Pick<SectorPriority, 'evidence' | 'evidenceLang' | 'evidenceTranslations'>; lang: Lang }) {
  const ours = priority.evidenceLang === lang ? undefined : priority.evidenceTranslations[lang];
  if (ours === undefined) return <span lang={priority.evidenceLang}>{priority.evidence}</span>;
  return (
    <>
      <span lang={lang}>{ours}</span>
      <span className="flag"> ({t(lang, 'data.ourTranslation')})</span>
    </>
  );
}
