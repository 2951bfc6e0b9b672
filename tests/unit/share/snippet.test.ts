import { describe, expect, it } from 'vitest';
import { appBaseUrl, embedSearch, embedUrl, escapeAttribute, iframeSnippet, loaderSnippet, parseIframeHeight, snippetBaseUrl, withEmbedView } from '../../../src/share/snippet';
import { defaultState } from '../../../src/state/url-params';
import type { UiState } from '../../../src/state/types';

const base = 'https://kizuna.example/maps/';

function state(overrides: Partial<UiState> = {}): UiState {
  return { ...defaultState('en'), ...overrides };
}

describe('appBaseUrl', () => {
  it('resolves a relative Vite base against the page, dropping query and hash', () => {
    expect(appBaseUrl('https://kizuna.example/maps/?loc=vn-ha-noi#x', './')).toBe('https://kizuna.example/maps/');
  });

  it('from a locality’s page (l/<id>/), is the app’s folder above it, so embed code never points into the page', () => {
    expect(appBaseUrl('https://kizuna.example/maps/l/vn-gia-lai/?sectors=energy', './')).toBe('https://kizuna.example/maps/');
  });

  it('uses an absolute base as is, on the page origin', () => {
    expect(appBaseUrl('https://kizuna.example/somewhere/else?x=1', '/kizuna/')).toBe('https://kizuna.example/kizuna/');
  });
});

describe('snippetBaseUrl', () => {
  it('uses the published address set at build time, whatever page the dialog is on', () => {
    expect(snippetBaseUrl('https://maps.example.org/kizuna', 'https://staging.example/x/?loc=jp-19', './')).toBe('https://maps.example.org/kizuna/');
  });

  it('without one, uses the app’s own address', () => {
    expect(snippetBaseUrl('', 'https://kizuna.example/maps/?loc=jp-19', './')).toBe('https://kizuna.example/maps/');
    expect(snippetBaseUrl(undefined, 'https://kizuna.example/maps/', './')).toBe('https://kizuna.example/maps/');
  });
});

describe('embedSearch', () => {
  it('always carries embed=1 and an explicit language, even the default one', () => {
    expect(embedSearch(state())).toBe('?lang=en&embed=1');
  });

  it('keeps selection, filters and the pre-merger overlay', () => {
    const search = embedSearch(state({ lang: 'vi', selection: { kind: 'pair', id: 'vn-a--jp-1' }, sectors: ['agriculture', 'tourism'], relationships: ['mou'], premerger: true }));
    expect(search).toBe('?lang=vi&pair=vn-a--jp-1&sectors=agriculture%2Ctourism&rel=mou&premerger=1&embed=1');
  });

  it('drops the search text, list view and open panel: an embed opens on the map, collapsed', () => {
    expect(embedSearch(state({ query: 'osaka', view: 'list', panel: 'open' }))).toBe('?lang=en&embed=1');
  });

  it('adds the plain and dark choices', () => {
    expect(embedSearch(state({ lang: 'ja' }), { plain: true, dark: 'auto' })).toBe('?lang=ja&embed=1&plain=1&dark=auto');
  });
});

describe('the Embed dialog’s choices in the code', () => {
  it('carries the journalist’s texts, the opening level and hidden parts, each once', () => {
    const search = embedSearch(state(), { plain: false, dark: 'off', headline: 'Gunma & Ninh Bình', notes: '"ours"', startLevel: 'provinces', hideChips: true, hideDetails: true });
    const params = new URLSearchParams(search);
    expect(params.get('title')).toBe('Gunma & Ninh Bình');
    expect(params.get('notes')).toBe('"ours"');
    expect(params.has('caption')).toBe(false);
    expect(params.get('level')).toBe('provinces');
    expect(params.get('chips')).toBe('0');
    expect(params.get('details')).toBe('0');
  });

  it('writes no level for regions, the default', () => {
    expect(embedSearch(state(), { plain: false, dark: 'off', startLevel: 'regions' })).toBe('?lang=en&embed=1');
  });

  it('the dialog’s language, sectors and selection replace the current view’s', () => {
    const current = state({ lang: 'en', sectors: ['tourism'], selection: { kind: 'locality', id: 'jp-19' } });
    const chosen = withEmbedView(current, { lang: 'vi', sectors: ['hydrogen', 'agriculture'], selection: { kind: 'none' } });
    expect(embedSearch(chosen)).toBe('?lang=vi&sectors=agriculture%2Chydrogen&embed=1');
    expect(withEmbedView(current, {})).toEqual(current);
  });

  it('accepts a whole-number height in range, and nothing else', () => {
    expect(parseIframeHeight('700')).toBe(700);
    expect(parseIframeHeight(' 320 ')).toBe(320);
    for (const bad of ['', '12', '99999', '560px', '5.5e2', '-600']) expect(parseIframeHeight(bad), bad).toBeNull();
  });
});

describe('snippets', () => {
  const url = embedUrl(base, state({ selection: { kind: 'locality', id: 'jp-19' } }));

  it('builds an absolute embed URL', () => {
    expect(url).toBe('https://kizuna.example/maps/?lang=en&loc=jp-19&embed=1');
  });

  it('writes the plain iframe', () => {
    expect(iframeSnippet({ url, title: 'Kizuna map' })).toBe(
      '<iframe src="https://kizuna.example/maps/?lang=en&amp;loc=jp-19&amp;embed=1" title="Kizuna map" loading="lazy" width="100%" height="560" frameborder="0" allow="fullscreen"></iframe>',
    );
  });

  it('writes the iframe marked for the loader, then the versioned loader with its integrity hash', () => {
    const loader = { path: 'embed.v7.js', integrity: 'sha384-abc+/=' };
    const [iframe, script] = loaderSnippet({ url, title: 'Kizuna map', height: 480 }, base, loader).split('\n');
    expect(iframe).toMatch(/^<iframe data-kizuna src="https:\/\/kizuna\.example\/maps\/\?lang=en&amp;loc=jp-19&amp;embed=1" /);
    expect(iframe).toContain('height="480"');
    expect(script).toBe('<script async src="https://kizuna.example/maps/embed.v7.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>');
  });

  it('without a hash, names the loader without integrity or crossorigin', () => {
    const script = loaderSnippet({ url, title: 'Kizuna map' }, base, { path: 'embed.js', integrity: '' }).split('\n')[1];
    expect(script).toBe('<script async src="https://kizuna.example/maps/embed.js"></script>');
  });

  it("has no style attribute, which a host CSP without style-src 'unsafe-inline' would block", () => {
    expect(loaderSnippet({ url, title: 'Kizuna map' }, base)).not.toContain('style=');
    expect(iframeSnippet({ url, title: 'Kizuna map' })).not.toContain('style=');
  });

  it('escapes attribute values, so a title cannot break out of its attribute', () => {
    const html = iframeSnippet({ url, title: `"><script>alert('x')</script>` });
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"');
    expect(html).not.toContain('<script');
  });

  it('escapes every special character', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('embed timeline option', () => {
  it('adds timeline=1 and carries the year range', () => {
    const base = { ...defaultState('en'), years: [2018, 2020] as const };
    expect(embedSearch(base, { plain: false, dark: 'off', timeline: true })).toBe('?lang=en&years=2018-2020&embed=1&timeline=1');
    expect(embedSearch(base, { plain: false, dark: 'off' })).toBe('?lang=en&years=2018-2020&embed=1');
  });
});
