// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SectorChips } from '../../../src/panels/SectorChips';
import { setRelationships, setYears, toggleSector, useStore } from '../../../src/state/store';
import { renderWithData, resetStore } from './render';

function chipNames(): string[] {
  const list = screen.getByRole('list', { name: 'Sectors' });
  return within(list)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('SectorChips', () => {
  beforeEach(resetStore);

  it('shows one toggle per sector with its number of ties, most first', () => {
    renderWithData(<SectorChips />);
    // Ties (Hydrogen and Trade, Culture and Education) in label order; Healthcare has no pair.
    expect(chipNames()).toEqual(['Agriculture 4', 'Tourism 3', 'Hydrogen 2', 'Trade and investment 2', 'Culture and people-to-people exchange 1', 'Education and human resources 1', 'Healthcare 0']);
  });

  it('toggles a sector in the store and marks the chip pressed', async () => {
    renderWithData(<SectorChips />);
    const hydrogen = screen.getByRole('button', { name: /Hydrogen/ });
    expect(hydrogen).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(hydrogen);
    expect(useStore.getState().sectors).toEqual(['hydrogen']);
    expect(screen.getByRole('button', { name: /Hydrogen/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Showing 2 of 10 ties.')).toBeInTheDocument();
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

  it('with years=2019-2020 and Hydrogen on, the Hydrogen chip says what the status line says', () => {
    setYears([2019, 2020]);
    toggleSector('hydrogen');
    renderWithData(<SectorChips />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Showing 0 of 10 ties.');
    const shown = Number(/Showing (\d+) of/.exec(status.textContent ?? '')?.[1]);
    expect(screen.getByRole('button', { name: /Hydrogen/ })).toHaveTextContent(`Hydrogen ${shown}`);
  });

  it('counts the relationship menu in ties under the sector filter and the year range', () => {
    setYears([2019, 2020]);
    renderWithData(<SectorChips />);
    const menu = screen.getByRole('combobox', { name: 'Relationship' });
    // Only Đà Nẵng–Sakai was signed in 2019–2020: one tie, whatever its three documents.
    expect(within(menu).getByRole('option', { name: 'All relationships (1)' })).toBeInTheDocument();
    expect(within(menu).getByRole('option', { name: 'Friendship agreement (1)' })).toBeInTheDocument();
    expect(within(menu).getByRole('option', { name: 'Sister relationship (0)' })).toBeInTheDocument();
  });

  it('a year range alone says how many ties are shown, and Clear filters clears it', async () => {
    setYears([2024, 2025]);
    renderWithData(<SectorChips />);
    // Gia Lai–Yoshino, Gia Lai–Yamanashi, Ninh Bình–Gunma and Gia Lai–Sakai.
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 10 ties.');
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeEnabled();
    await userEvent.click(clear);
    expect(useStore.getState().years).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('moves between chips with the arrow keys, Home and End, without Tab', async () => {
    renderWithData(<SectorChips />);
    const chips = within(screen.getByRole('list', { name: 'Sectors' })).getAllByRole('button');
    chips[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(chips[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(chips[chips.length - 1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(chips[chips.length - 1]).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(chips[0]).toHaveFocus();
  });
});
