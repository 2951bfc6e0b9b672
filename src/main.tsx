import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { EmbedApp } from './embed/EmbedApp';
import { StaticApp } from './embed/StaticApp';
import { useStore } from './state/store';
import { bundle, vocabulary } from './data/load';
import { indexBundle } from './data/selectors';
import { startUrlSync } from './state/url-sync';
import { browserLang } from './state/url';
import './styles/app.css';

// 1. Read the link into the store (and clean it) before the first render, so nothing flashes.
startUrlSync(vocabulary, browserLang(navigator.languages));

// 2. Index the bundle once; panels get it through context.
const data = indexBundle(bundle);

// 3. The render flags pick the page: a still SVG (?static=1), the compact embed (?embed=1) or the full app.
const { flags } = useStore.getState();
const Page = flags.static ? StaticApp : flags.embed ? EmbedApp : App;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Page data={data} />
    </StrictMode>,
  );
}
