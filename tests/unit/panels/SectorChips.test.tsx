// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SectorChips } from '../../../src/panels/SectorChips';
import { setRelationships, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

function chipNames(): string[] {
  const list = screen.getByRole('list', { name: 'Sectors' });
  return within(list).getAllByRole('button').map((b) => b.textContent ?? '');
}

describe('SectorChips', () => {
  beforeEach(resetStore);

  it('shows one toggle per sector with its number of partnerships, most first', () => {
    renderWithData(<SectorChips />);
    // Ties (Hydrogen and Trade, Culture and Education) in label order; Healthcare has no pair.
    expect(chipNames()).toEqual([
      'Agriculture 4',
      'Tourism 3',
      'Hydrogen 2',
      'Trade and investment 2',
      'Culture and people-to-people exchange 1',
      'Education and human resources 1',
      'Healthcare 0',
    ]);
  });

  it('toggles a sector in the store and marks the chip pressed', async () => {
    renderWithData(<SectorChips />);
    const hydrogen = screen.getByRole('button', { name: /Hydrogen/ });
    expect(hydrogen).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(hydrogen);
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
    expect(screen.getByRole('button', { name: /Hydrogen/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Showing 2 of 12 partnerships.')).toBeInTheDocument();
  });

  it('puts chosen chips first so a chosen sector is never scrolled out of sight', async () => {
    renderWithData(<SectorChips />);
    await userEvent.click(screen.getByRole('button', { name: /Hydrogen/ }));
    expect(chipNames()[0]).toBe('Hydrogen 2');
  });

  it('counts each chip given the relationship filter', () => {
    setRelationships(['mou', 'sister', 'friendship', 'cooperation_agreement', 'letter_of_intent']);
    renderWithData(<SectorChips />);
    // Quảng Trị–Yamanashi (sister) and Ninh Bình–Gunma (cooperation agreement); not the exchange or the project.
    expect(screen.getByRole('button', { name: /Agriculture/ })).toHaveTextContent('Agriculture 2');
    expect(screen.getByRole('combobox', { name: 'Relationship' })).toHaveValue('agreements');
  });

  it('filters by relationship from the menu, and clears both filters', async () => {
    renderWithData(<SectorChips />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Relationship' }), 'economic_exchange');
    expect(useStore.getState().relationships).toEqual(['economic_exchange']);
    await userEvent.click(screen.getByRole('button', { name: /Agriculture/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useStore.getState().relationships).toEqual([]);
    expect(useStore.getState().sectors).toEqual([]);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });
});
