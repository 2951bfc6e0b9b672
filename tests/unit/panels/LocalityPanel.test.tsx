// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalityPanel } from '../../../src/panels/LocalityPanel';
import { setLang, toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

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

  it('lists partners with relationship, date at the source precision and sectors; each opens the pair', async () => {
    renderWithData(<LocalityPanel id="jp-19" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Yamanashi 山梨県');
    const partners = section('Partners (3)');
    expect(within(partners).getByText(/Sister relationship · 2023 · signed as Quảng Bình/)).toBeInTheDocument();
    expect(within(partners).getByText('Hydrogen, Agriculture, Tourism')).toBeInTheDocument();
    await userEvent.click(within(partners).getByRole('button', { name: 'Lao Cai' }));
    expect(useStore.getState().selection).toEqual({ kind: 'pair', id: 'vn-lao-cai--jp-19' });
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

  it('lists a prefecture’s municipal partnerships and says when the filter hides some', () => {
    toggleSector('tourism');
    renderWithData(<LocalityPanel id="jp-27" />);
    // Sakai's four, Osaka City's one and the prefecture's own; only one Đà Nẵng–Sakai tie is on tourism.
    const partners = section('Partners (6)');
    expect(within(partners).getByRole('button', { name: 'Da Nang (Sakai)' })).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 6 partnerships that match the filters.')).toBeInTheDocument();
  });
});

describe('LocalityPanel counts by the one rule (issue 22)', () => {
  beforeEach(resetStore);

  it('totals the locality’s rows as the overview does, and marks a row counted apart', () => {
    renderWithData(<LocalityPanel id="vn-gia-lai" />);
    // Gia Lai: the Yamanashi MoU (a locality agreement), the Sakai MoU signed with the city
    // assembly (a council agreement) and the Yoshino project (no signed document).
    expect(screen.getByTestId('locality-counts')).toHaveTextContent(
      'By our counting rule: locality agreements 1, council agreements 1, other signed texts counted apart 0, ties without a signed document 1.',
    );
    expect(screen.getByText(/Memorandum of understanding · Agreement between the councils/)).toBeInTheDocument();
  });
});
