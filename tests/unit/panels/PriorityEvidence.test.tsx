// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PriorityEvidence } from '../../../src/panels/PriorityEvidence';

const vietnamese = {
  evidence: 'Du lịch là lĩnh vực ưu tiên của tỉnh.',
  evidenceLang: 'vi',
  evidenceTranslations: { en: 'Tourism is a provincial priority.', ja: '観光は同省の優先分野である。' },
};

describe('a priority’s evidence in the reader’s language', () => {
  it('gives an English reader our English translation of a Vietnamese source, labelled as ours', () => {
    const { container } = render(<PriorityEvidence priority={vietnamese} lang="en" />);
    expect(screen.getByText('Tourism is a provincial priority.')).toHaveAttribute('lang', 'en');
    expect(container).toHaveTextContent('(Translated by Kizuna)');
    expect(container).not.toHaveTextContent('Du lịch');
  });

  it('gives a Japanese reader our Japanese translation, labelled in Japanese', () => {
    const { container } = render(<PriorityEvidence priority={vietnamese} lang="ja" />);
    expect(screen.getByText('観光は同省の優先分野である。')).toHaveAttribute('lang', 'ja');
    expect(container).toHaveTextContent('(Kizunaによる翻訳)');
  });

  it('gives a Vietnamese reader the source’s own words, with no translation label', () => {
    const { container } = render(<PriorityEvidence priority={vietnamese} lang="vi" />);
    expect(screen.getByText('Du lịch là lĩnh vực ưu tiên của tỉnh.')).toHaveAttribute('lang', 'vi');
    expect(container).not.toHaveTextContent('Bản dịch của Kizuna');
  });
});
