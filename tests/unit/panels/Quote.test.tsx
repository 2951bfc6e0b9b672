// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Quote } from '../../../src/panels/Quote';
import { fixtureBundle } from '../../fixtures/bundle';
import { renderWithData, resetStore } from './render';

const quote = (id: string) => {
  const found = fixtureBundle.quotes.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('Quote', () => {
  beforeEach(resetStore);

  it('shows Korean words in Korean, our English rendering flagged as ours, and the source title', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="en" />);
    expect(screen.getByText('지역의 활력은 곧 국가의 활력').closest('blockquote')).toHaveAttribute('lang', 'ko');
    expect(screen.getByText(/^The vitality of the regions is the vitality of the nation\./).closest('blockquote')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('English translation from Korean ours')).toBeInTheDocument();
    expect(screen.getByText(/Takaichi Sanae/)).toBeInTheDocument();
    // No URL: the title is named, not linked.
    expect(screen.queryByRole('link')).toBeNull();
    // The headline in its language, the publisher's name beside it, outside that language.
    const title = screen.getByText('베트남-일본, “지속 가능한 지방 협력 시대” 다짐… 여섯 가지 방안 제시');
    expect(title).toHaveAttribute('lang', 'ko');
    expect(title.closest('.source')).toHaveTextContent('베트남-일본, “지속 가능한 지방 협력 시대” 다짐… 여섯 가지 방안 제시 (VietBiz Korea (crediting VGP), Nov 2025)');
    expect(screen.getByText('VietBiz Korea (crediting VGP), Nov 2025')).toHaveAttribute('lang', 'en');
  });

  it('flags words the article translated', () => {
    renderWithData(<Quote quote={quote('takaichi-work')} lang="en" />);
    expect(screen.getByText('Translated from Japanese by the source article')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Hợp tác địa phương Việt Nam - Nhật Bản/ })).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe("Quote in the reader's language", () => {
  beforeEach(resetStore);

  it('adds our Vietnamese translation, labelled, and keeps the original words', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="vi" />);
    expect(screen.getByText('지역의 활력은 곧 국가의 활력').closest('blockquote')).toHaveAttribute('lang', 'ko');
    expect(screen.getByText('Sức sống của các địa phương chính là sức sống của quốc gia.').closest('blockquote')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('Bản dịch của Kizuna')).toBeInTheDocument();
  });

  it('adds our Japanese translation, labelled in Japanese', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="ja" />);
    expect(screen.getByText('地方の活力こそが国の活力である。').closest('blockquote')).toHaveAttribute('lang', 'ja');
    expect(screen.getByText('Kizunaによる翻訳')).toBeInTheDocument();
    expect(screen.getByText('지역의 활력은 곧 국가의 활력')).toBeInTheDocument();
  });
});

describe('Quote: the speaker’s own language first (issue 22)', () => {
  beforeEach(resetStore);

  it('says plainly, in the reader’s language, when the words are not the speaker’s own language', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="en" />);
    const note = screen.getByTestId('quote-not-original');
    expect(note).toHaveTextContent('Original-language report not found: we have no Japanese report of these words; quoted from the Korean edition.');
    // It is part of the source line, read before the edition it names.
    expect(note.closest('figcaption')).toHaveTextContent(/Original-language report not found.*Source: 베트남-일본/);
  });

  it('says it in Vietnamese to a Vietnamese reader', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="vi" />);
    expect(screen.getByTestId('quote-not-original')).toHaveTextContent(/^Chưa tìm thấy bản tin bằng ngôn ngữ gốc: chúng tôi chưa có bản tiếng Nhật của lời này; trích từ ấn bản tiếng Hàn\.$/i);
  });

  it('says it in Japanese to a Japanese reader', () => {
    renderWithData(<Quote quote={quote('takaichi-vitality')} lang="ja" />);
    expect(screen.getByTestId('quote-not-original')).toHaveTextContent(/^原語の報道は見つかっていません（この発言の日本語の報道は未確認）。韓国語版から引用。$/);
  });

  it('shows words in the speaker’s language without that note, and the edition first read as a second source', () => {
    const korean = quote('takaichi-vitality');
    const original = { ...korean, text: '地方の活力は国の活力', lang: 'ja', moreSources: [korean.source] };
    renderWithData(<Quote quote={original} lang="en" />);
    expect(screen.getByText('地方の活力は国の活力').closest('blockquote')).toHaveAttribute('lang', 'ja');
    expect(screen.queryByTestId('quote-not-original')).toBeNull();
    expect(screen.getByText(/Also in:/)).toHaveTextContent(/베트남-일본/);
  });
});
