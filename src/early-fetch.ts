import { pageOf } from './state/page-kind';

/*
 * The page's first module, and a tiny one. Vite joins index.html's module scripts into one entry,
 * so this runs at the start of the main chunk, before React's evaluation and the first render
 * (~0.3 s on a phone). For the full app it asks for the App's code and the forum's texts then, so
 * that they download during that work: main.tsx asks for the same two modules later and gets them
 * from the module map, not a second round trip. An embed or the still image asks for neither. A
 * failure is main.tsx's to report (it imports them again), so here it is dropped. (A separate
 * `async` script, to start even earlier, was measured and not kept: its download shared the
 * simulated phone's one slow link with the main chunk, and Lighthouse's time to interactive grew by
 * 0.3–0.6 s.)
 */
if (pageOf(location.search) === 'app') {
  void import('./pages/App').catch(() => undefined);
  void import('virtual:kizuna/bundle-texts').catch(() => undefined);
}
