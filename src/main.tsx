import { startTransition, StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './pages/EmbedApp';
import { t } from './i18n';
import { useStore } from './state/store';
import { bundle, loadForumTexts } from './data/load';
import { indexCore, indexTexts, type IndexedCore } from './data/selectors';
import { startUrlSync } from './state/url-sync';
import { RenderFlagsProvider } from './state/render-flags';
import { browserLang } from './state/url-params';
import { vocabularyOf } from './state/url-vocabulary';
import { BundleProvider } from './view/bundle-context';
import './styles/theme.css';
import './styles/app.css';

// 0. The data is indexed once, here, and reaches every view (map included) through context.
const data = indexCore(bundle);

// 1. Read the link into the store (and clean it) before the first render, so nothing flashes.
//    The render flags it names are fixed for the page's life: they are passed down, not stored.
const { flags } = startUrlSync(vocabularyOf(bundle), browserLang(navigator.languages));

// 2. The render flags pick the page, each drawn from the core of the bundle (the forum's texts and
//    the details come with the first panel that needs them; see src/view/data-channel.tsx). The
//    full app's and the static page's code are chunks of their own, so an embedded map never
//    downloads them. Every page and view reads the data from the one <BundleProvider> around it
//    (panels, maps, static page and Embed dialog alike).
const root = document.getElementById('root');

// As a transition, React renders the first view in slices and lets the browser in between (input,
// paint), instead of one task of ~0.4 s on a phone: most of the page's total blocking time.
function render(page: ReactElement, pageData: IndexedCore = data) {
  if (!root) return;
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <RenderFlagsProvider value={flags}>
          <BundleProvider data={pageData}>{page}</BundleProvider>
        </RenderFlagsProvider>
      </StrictMode>,
    );
  });
}

function failed(error: unknown) {
  console.error('[kizuna] the app could not load', error);
  if (root) root.textContent = t(useStore.getState().lang, 'app.load-failed');
}

if (flags.static) void import('./pages/StaticApp').then(({ StaticApp }) => render(<StaticApp />), failed);
else if (flags.embed) render(<EmbedApp />);
else {
  // The full app's overview shows the forum's texts at once: they come in parallel with its code.
  void Promise.all([import('./pages/App'), loadForumTexts()]).then(([{ App }, texts]) => render(<App />, indexTexts(data, texts)), failed);
}
