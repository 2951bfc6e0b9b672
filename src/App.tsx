import { useStore } from './state/store';
import { MapView } from './map/MapView';

/**
 * Composition only. Slots: header (search, language, view, embed), filter bar, the map or the
 * list, the side panel / bottom sheet, and the notice for ignored URL parameters.
 */
export function App() {
  const lang = useStore((s) => s.lang);
  return (
    <div className="app" lang={lang}>
      <h1 className="visually-hidden">Kizuna — Vietnam–Japan locality partnerships</h1>
      <main className="app-main">
        <MapView />
      </main>
    </div>
  );
}
