// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexBundle } from '../../../src/data/selectors';
import { EmbedDialog, type EmbedDialogProps } from '../../../src/share/EmbedDialog';
import { applyState, useStore } from '../../../src/state/store';
import { defaultState } from '../../../src/state/url-params';
import { VERSIONED_LOADER } from '../../../src/share/snippet';
import { BundleProvider } from '../../../src/view/bundle-context';
import { fixtureBundle } from '../../fixtures/bundle';

// The image preview needs boundaries; the dialog's code does not.
vi.mock('../../../src/svg/use-geo', () => ({ useGeo: () => null }));

const data = indexBundle(fixtureBundle);

/** The dialog as the app has it: below the one data channel, given the fixture. */
function renderDialog(pageHref: string, props: Partial<EmbedDialogProps> = {}) {
  return render(
    <BundleProvider data={data}>
      <EmbedDialog open onClose={() => {}} pageHref={pageHref} {...props} />
    </BundleProvider>,
  );
}

describe('EmbedDialog', () => {
  beforeEach(() => {
    useStore.setState(useStore.getInitialState(), true);
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes both snippets for the current view, with embed=1 and the language', () => {
    applyState({ ...defaultState('vi'), selection: { kind: 'locality', id: 'jp-19' }, sectors: ['tourism'] });
    renderDialog('https://kizuna.example/?loc=jp-19');
    const loader = screen.getByTestId('embed:code-loader') as HTMLTextAreaElement;
    const iframe = screen.getByTestId('embed:code-iframe') as HTMLTextAreaElement;
    expect(loader.value).toContain('src="https://kizuna.example/?lang=vi&amp;loc=jp-19&amp;sectors=tourism&amp;embed=1"');
    // The versioned loader with the hash of the very file the build ships (tests/scripts/loader-version.test.ts).
    expect(VERSIONED_LOADER.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(loader.value).toContain(`<script async src="https://kizuna.example/embed.v2.js" integrity="${VERSIONED_LOADER.integrity}" crossorigin="anonymous"></script>`);
    expect(iframe.value).toMatch(/^<iframe src="https:\/\/kizuna\.example\/\?lang=vi&amp;loc=jp-19/);
  });

  it('given a click on Copy, then it announces that the code was copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDialog('https://kizuna.example/');
    await act(async () => {
      screen.getAllByRole('button', { name: 'Copy code' })[0]?.click();
    });
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('data-kizuna'));
    expect(screen.getByTestId('embed:status').textContent).toBe('Code copied to the clipboard');
  });

  it('given the Map only choice, then the code asks for plain=1', async () => {
    renderDialog('https://kizuna.example/');
    await act(async () => {
      screen.getByRole('checkbox', { name: /Map only/ }).click();
    });
    expect((screen.getByTestId('embed:code-iframe') as HTMLTextAreaElement).value).toContain('embed=1&amp;plain=1');
  });

  it('offers the bundle’s sectors and writes the headline of the view from the data channel', () => {
    applyState({ ...defaultState('en'), selection: { kind: 'locality', id: 'jp-19' } });
    renderDialog('https://kizuna.example/');
    const sectors = screen.getByTestId('embed:edit-sectors').querySelectorAll('input[type="checkbox"]');
    expect(sectors).toHaveLength(fixtureBundle.sectors.length);
    expect(fixtureBundle.sectors.length).toBeGreaterThan(1);
    // The headline field suggests what the embed would say of Yamanashi, read from the fixture.
    const yamanashi = fixtureBundle.localities.find((l) => l.id === 'jp-19')!.names.en;
    expect(screen.getByTestId('embed:edit-headline').getAttribute('placeholder')).toContain(yamanashi);
  });

  it('given a headline written, the dialog closed and opened again, then the headline is still there, and a closed dialog draws nothing', async () => {
    const { rerender } = renderDialog('https://kizuna.example/');
    const field = screen.getByTestId('embed:edit-headline') as HTMLInputElement;
    await userEvent.type(field, 'Hydrogen partners');
    const dialog = (open: boolean) => (
      <BundleProvider data={data}>
        <EmbedDialog open={open} onClose={() => {}} pageHref="https://kizuna.example/" />
      </BundleProvider>
    );
    rerender(dialog(false));
    expect(screen.queryByTestId('embed:edit-headline')).toBeNull();
    rerender(dialog(true));
    expect((screen.getByTestId('embed:edit-headline') as HTMLInputElement).value).toBe('Hydrogen partners');
    expect((screen.getByTestId('embed:code-iframe') as HTMLTextAreaElement).value).toContain('Hydrogen');
  });
});
