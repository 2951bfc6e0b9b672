import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundle, vocabulary } from './data/load';
import { indexBundle } from './data/selectors';
import { startUrlSync } from './state/url-sync';
import { browserLang } from './state/url';
import './styles/app.css';

// 1. Read the link into the store (and clean it) before the first render, so nothing flashes.
startUrlSync(vocabulary, browserLang(navigator.languages));

// 2. Index the bundle once; panels get it through context.
const data = indexBundle(bundle);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App data={data} />
    </StrictMode>,
  );
}
