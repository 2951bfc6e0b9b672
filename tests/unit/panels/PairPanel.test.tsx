// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { SourceLink } from '../../../src/panels/SourceLink';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PairPanel } from '../../../src/panels/PairPanel';
import { setLang, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

describe('PairPanel', () => {
  beforeEach(resetStore);

  it('shows both ends, the relationship, the date, sectors, summary, caveat and source', async () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Gia Lai – Sakai' })).toBeInTheDocument();
    expect(screen.getByText('Memorandum of understanding')).toBeInTheDocument();
    // Signed with the Sakai City Assembly: counted with the council agreements, not the locality ones.
    expect(screen.getByTestId('pair-counted-as')).toHaveTextContent('Agreement between the councils');
    expect(screen.getByText('11 November 2024')).toBeInTheDocument();
    expect(screen.getByText('Trade and investment, Education and human resources')).toBeInTheDocument();
    expect(screen.getByText(/Binh Dinh and Sakai signed an MoU/)).toHaveAttribute('lang', 'en');
    expect(screen.getByTestId('pair:caveat')).toHaveTextContent('Please note: Signed with the Sakai City Assembly, not the city government.');
    // The source has no URL: its title is given as text.
    expect(screen.getByText('Bình Định ký kết hợp tác với thành phố Sakai')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sakai' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-27-sakai' });
  });

  it('carries the merger note in the interface language', () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByText('Signed as Bình Định, now Gia Lai')).toBeInTheDocument();
  });

  it('uses the summary in the interface language when the editor wrote one, labelled as our translation', () => {
    setLang('vi');
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByText('Bình Định và Sakai ký biên bản ghi nhớ.')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('Bản dịch của Kizuna')).toBeInTheDocument();
    expect(screen.getByText('Ký với tên Bình Định, nay là Gia Lai')).toBeInTheDocument();
  });

  it('shows the Japanese summary and caveat with the translation label in Japanese', () => {
    setLang('ja');
    renderWithData(<PairPanel id="vn-quang-tri--jp-19" />);
    expect(screen.getByText('山梨県は2023年にクアンビン省と姉妹友好地域を締結した。')).toHaveAttribute('lang', 'ja');
    expect(screen.getByText('山梨県はこの関係を姉妹友好地域と呼んでいる。')).toHaveAttribute('lang', 'ja');
    expect(screen.getByTestId('pair:caveat')).toHaveTextContent('ご注意: 山梨県はこの関係を姉妹友好地域と呼んでいる。 (Kizunaによる翻訳)');
    expect(screen.getAllByText(/Kizunaによる翻訳/)).toHaveLength(2);
  });

  it("falls back to the English caveat, unlabelled, when the reader's language has none", () => {
    setLang('vi');
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByTestId('pair:caveat')).toHaveTextContent('Lưu ý: Signed with the Sakai City Assembly, not the city government.');
    expect(screen.getByText('Signed with the Sakai City Assembly, not the city government.')).toHaveAttribute('lang', 'en');
  });

  it('lists further sources as links, an http address kept as published', () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByText('Also reported in:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Sakai City press release/ })).toHaveAttribute('href', 'http://www.city.sakai.lg.jp/example.html');
  });

  it('shows readers no editorial remark: no notes, no row number', () => {
    const { container } = renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(container.textContent).not.toMatch(/pairs\.csv|Row \d|Note:/);
  });

  it('says when a document is known only from a mention, so it does not read as a signed agreement', () => {
    renderWithData(<PairPanel id="vn-ninh-binh--jp-10-gunma-2025" />);
    expect(screen.getByTestId('pair-counted-as')).toHaveTextContent('Known only from a later mention, not counted as a locality agreement');
  });

  it('tells an exchange from a signed agreement, and an undated one', () => {
    renderWithData(<PairPanel id="vn-lao-cai--jp-19" />);
    expect(screen.getByText('Economic exchange')).toBeInTheDocument();
    expect(screen.getByText('Documented cooperation, no signed agreement')).toBeInTheDocument();
    expect(screen.getByText('Not given in the source')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Vietnam-Japan Local Cooperation Forum/ })).toHaveAttribute(
      'href',
      'https://en.baoquocte.vn/vietnam-japan-local-cooperation-forum-fostering-bonds-of-friendship-co-creating-a-new-era-335602.html',
    );
  });
});

describe('SourceLink', () => {
  it('renders only http(s) addresses without user info as links; anything else as text', () => {
    const cases = [
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Data', url: 'data:text/html,<b>x</b>' },
      { title: 'Userinfo', url: 'https://user:pass@example.com/' },
      { title: 'Plain http', url: 'http://example.com/page' },
    ];
    render(
      <>
        {cases.map((source) => (
          <SourceLink key={source.title} source={source} lang="en" />
        ))}
      </>,
    );
    expect(screen.getByText('Script').tagName).toBe('CITE');
    expect(screen.getByText('Data').tagName).toBe('CITE');
    expect(screen.getByText('Userinfo').tagName).toBe('CITE');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Plain http/ })).toHaveAttribute('href', 'http://example.com/page');
  });
});

describe('PairPanel: the tie behind a document', () => {
  beforeEach(resetStore);

  it('lists the tie’s documents by date, marks the one shown, and opens another', async () => {
    renderWithData(<PairPanel id="vn-da-nang--jp-27-sakai--2019-friendship-2" />);
    const list = screen.getByRole('heading', { name: 'Documents of this tie (3)' }).closest('section') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['2019 · Friendship agreement', '2019 · Friendship agreement (shown above)', '2019 · Memorandum of understanding']);
    expect(items[1]).toHaveAttribute('aria-current', 'true');
    await userEvent.click(within(items[2]!).getByRole('button'));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' });
  });

  it('adds no list for a tie of one document', () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.queryByTestId('pair:tie-documents')).toBeNull();
  });
});
