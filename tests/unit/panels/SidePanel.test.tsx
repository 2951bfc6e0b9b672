// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../../src/panels/SidePanel';
import { selectLocality, setLang, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

describe('SidePanel’s bar', () => {
  beforeEach(resetStore);

  it('names the place in full beside a short way back, which a screen reader hears in full', async () => {
    selectLocality('jp-19');
    renderWithData(<SidePanel />);
    const back = screen.getByRole('button', { name: 'Back to the overview' });
    expect(back).toHaveTextContent(/^← Overview$/);
    expect(screen.getByText('Yamanashi', { selector: '.panel-title' })).toBeInTheDocument();
    await userEvent.click(back);
    expect(useStore.getState().selection).toEqual({ kind: 'none' });
  });

  it('says it in the reader’s language', () => {
    setLang('vi');
    selectLocality('jp-19');
    renderWithData(<SidePanel />);
    expect(screen.getByRole('button', { name: 'Quay lại tổng quan' })).toHaveTextContent(/^← Tổng quan$/);
  });
});
