// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalityPanel } from '../../../src/panels/LocalityPanel';
import { setLang, setYears, toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';
import { fixtureBundle } from '../../fixtures/bundle';

const section = (name: string | RegExp) => screen.getByRole('heading', { name }).closest('section') as HTMLElement;

describe('LocalityPanel', () => {
  beforeEach(resetStore);

  it('names a Vietnamese province with its Vietnamese name and the provinces it was formed from', () => {
    setLang('ja');
    renderWithData(<LocalityPanel id="vn-gia-lai" />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('ザライ省 Gia Lai');
    expect(within(heading).getByText('Gia Lai')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText(/^省 · ベトナム$/)).toBeInTheDocument();
    // Our sources give no Japanese name for Bình Định: the English spelling stands in.
    expect(within(section('2025年7月1日に次の省から発足')).getByText('ビンディン省')).toBeInTheDocument();
  });

  it('lists partners with each document’s date at the source precision, relationship and sectors; each opens the pair', async () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Yamanashi 山梨県');
    const partners = section('Partners: 3 · 3 documents');
    const quangTri = within(partners)
      .getByRole('heading', { level: 4, name: /^Quang Tri/ })
      .closest('li') as HTMLElement;
    expect(within(quangTri).getByRole('button', { name: '2023 · Sister relationship' })).toBeInTheDocument();
    expect(quangTri).toHaveTextContent('Signed as Quảng Bình, now Quang Tri');
    expect(quangTri).toHaveTextContent('Hydrogen, Agriculture, Tourism');
    await userEvent.click(within(partners).getByRole('button', { name: 'Lao Cai' }));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-lao-cai--jp-19' });
  });

  it('names the province a document was signed as, and lists its sectors, as the reader’s language writes them', () => {
    setLang('ja');
    renderWithData(<LocalityPanel id="jp-19" />);
    const quangTri = within(section(/^協力先/))
      .getByRole('heading', { level: 4, name: /^クアンチ省/ })
      .closest('li') as HTMLElement;
    expect(quangTri).toHaveTextContent('クアンビン省として締結');
    expect(quangTri).not.toHaveTextContent('Quảng Bình');
    // Its sectors are listed as Japanese lists them, with 、 and no English comma.
    expect(quangTri.textContent).toMatch(/水素、/);
    expect(quangTri.textContent).not.toMatch(/, /);
  });

  it('counts partners as partners and nests a partner’s documents, dated, under one heading', async () => {
    renderWithData(<LocalityPanel id="vn-da-nang" />);
    // Three documents with Sakai: one partner.
    const partners = section('Partners: 1 · 3 documents');
    const headings = within(partners).getAllByRole('heading', { level: 4 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('Sakai 3 documents · 2019');
    const documents = within(headings[0]!.closest('li') as HTMLElement).getAllByRole('listitem');
    expect(documents.map((d) => within(d).getByRole('button').textContent)).toEqual(['2019 · Friendship agreement', '2019 · Friendship agreement', '2019 · Memorandum of understanding']);
    expect(documents[0]).toHaveTextContent('Tourism');
    expect(documents[1]).toHaveTextContent('Culture and people-to-people exchange');
    await userEvent.click(within(documents[2]!).getByRole('button'));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-da-nang--jp-27-sakai--2019-mou' });
  });

  it('says the counts in Vietnamese and Japanese', () => {
    setLang('vi');
    const { unmount } = renderWithData(<LocalityPanel id="jp-27" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Đối tác: 4 · 6 văn bản' })).toBeInTheDocument();
    unmount();
    setLang('ja');
    renderWithData(<LocalityPanel id="jp-27" />);
    expect(screen.getByRole('heading', { level: 3, name: '協力先：4（文書6件）' })).toBeInTheDocument();
  });

  it('shows sector priorities and quotes with their sources', () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    const priorities = section('Sector priorities');
    expect(within(priorities).getByText(/green hydrogen production/)).toBeInTheDocument();
    expect(within(priorities).getByRole('link', { name: /Vietnam-Japan Local Cooperation Forum/ })).toHaveAttribute('href', expect.stringContaining('https://'));
    expect(within(section('Quotes')).getByText(/world-leading technologies/)).toBeInTheDocument();
  });

  it('marks Hai Phong as looking for partners, with the source', () => {
    renderWithData(<LocalityPanel id="vn-hai-phong" />);
    const mark = screen.getByTestId('looking-for-partners');
    expect(within(mark).getByText('Looking for partners')).toBeInTheDocument();
    expect(within(mark).getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('No partnership documented yet.')).toBeInTheDocument();
  });

  it('lists a prefecture’s municipal ties as partners and says when the filters hide some', () => {
    toggleSector('tourism');
    setYears([2019, 2019]);
    renderWithData(<LocalityPanel id="jp-27" />);
    // Đà Nẵng–Sakai (three documents), Gia Lai–Sakai, Hồ Chí Minh City with the prefecture and
    // with Osaka City: four partners. Only one Đà Nẵng–Sakai document is on tourism, in 2019.
    const partners = section('Partners: 4 · 6 documents');
    const daNang = within(partners).getByRole('button', { name: 'Da Nang (Sakai)' }).closest('li') as HTMLElement;
    expect(within(daNang).getAllByRole('listitem')).toHaveLength(1);
    expect(within(partners).queryByRole('button', { name: 'Gia Lai (Sakai)' })).toBeNull();
    expect(screen.getByText('Showing 1 of 4 partners that match the filters.')).toBeInTheDocument();
  });

  it('with more than 60 documents, opens each partner’s documents on request, and says so', async () => {
    // Đà Nẵng–Sakai's first document, renewed 61 times: one partner with 64 documents.
    const [first] = fixtureBundle.pairs.filter((p) => p.vnId === 'vn-da-nang');
    const renewals = Array.from({ length: 61 }, (_, i) => ({ ...first!, id: `${first!.id}--copy-${i}`, signed: `${2000 + (i % 25)}` }));
    renderWithData(<LocalityPanel id="vn-da-nang" />, { ...fixtureBundle, pairs: [...fixtureBundle.pairs, ...renewals] });
    const partners = section('Partners: 1 · 64 documents');
    const documents = () => within(partners).queryAllByRole('button', { name: /^\d{4} · / });
    expect(documents()).toHaveLength(0);
    expect(within(partners).getByText('With this many documents, each partner’s list opens on request.')).toBeInTheDocument();
    const open = within(partners).getByRole('button', { name: 'Show the 64 documents' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(documents()).toHaveLength(64);
  });
});

describe('LocalityPanel counts by the one rule (issue 22)', () => {
  beforeEach(resetStore);

  it('totals the locality’s rows as the overview does, and marks a row counted apart', () => {
    renderWithData(<LocalityPanel id="vn-gia-lai" />);
    // Gia Lai: the Yamanashi MoU (a locality agreement), the Sakai MoU signed with the city
    // assembly (a council agreement) and the Yoshino project (no signed document).
    expect(screen.getByTestId('locality-counts')).toHaveTextContent(
      'By our counting rule: locality agreements 1, council agreements 1, other signed texts not in that count 0, records of exchanges and projects with no signed document 1.',
    );
    expect(screen.getByText(/Memorandum of understanding · Agreement between the councils/)).toBeInTheDocument();
  });
});
