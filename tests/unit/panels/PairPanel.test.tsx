// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PairPanel } from '../../../src/panels/PairPanel';
import { setLang, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

describe('PairPanel', () => {
  beforeEach(resetStore);

  it('shows both ends, the relationship, the date, sectors, summary, note and source', async () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Gia Lai – Sakai' })).toBeInTheDocument();
    expect(screen.getByText('Memorandum of understanding')).toBeInTheDocument();
    expect(screen.getByText('Signed agreement')).toBeInTheDocument();
    expect(screen.getByText('11 November 2024')).toBeInTheDocument();
    expect(screen.getByText('Trade and investment, Education and human resources')).toBeInTheDocument();
    expect(screen.getByText(/Binh Dinh and Sakai signed an MoU/)).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Signed with the Sakai City Assembly, not the city government.')).toBeInTheDocument();
    // The source has no URL: its title is given as text.
    expect(screen.getByText('Bình Định ký kết hợp tác với thành phố Sakai')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sakai' }));
    expect(useStore.getState().selection).toEqual({ kind: 'locality', id: 'jp-27-sakai' });
  });

  it('carries the merger note in the interface language', () => {
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByText('Signed as Bình Định, now Gia Lai')).toBeInTheDocument();
  });

  it('uses the summary in the interface language when the editor wrote one', () => {
    setLang('vi');
    renderWithData(<PairPanel id="vn-gia-lai--jp-27-sakai" />);
    expect(screen.getByText('Bình Định và Sakai ký biên bản ghi nhớ.')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('Ký với tên Bình Định, nay là Gia Lai')).toBeInTheDocument();
  });

  it('tells an exchange from a signed agreement, and an undated one', () => {
    renderWithData(<PairPanel id="vn-lao-cai--jp-19" />);
    expect(screen.getByText('Economic exchange')).toBeInTheDocument();
    expect(screen.getByText('Documented cooperation, no signed agreement')).toBeInTheDocument();
    expect(screen.getByText('Not given in the source')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Vietnam-Japan Local Cooperation Forum/ })).toHaveAttribute(
      'href',
      'https://en.baoquocte.vn/vietnam-japan-local-cooperation-forum-335602.html',
    );
  });
});
