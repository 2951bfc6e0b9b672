import { pageOf } from './state/page-kind';

/*
 * The page's first script, and a tiny one. For the full app it starts fetching the App's code and
 * the forum's texts at once, while the main chunk (React, the map) is still downloading and
 * evaluating: main.tsx asks for the same two modules later and gets them from the module map, not
 * a second round trip. An embed or the still image asks for neither. A failure is main.tsx's to
 * report (it imports them again), so here it is dropped.
 */
if (pageOf(location.search) === 'app') {
  void import('./pages/App').catch(() => undefined);
  void import('virtual:kizuna/bundle-texts').catch(() => undefined);
}
