import { MapView } from './map/MapView';

/** Composition only: the map and the panels around it. */
export function App() {
  return (
    <div className="app">
      <h1 className="visually-hidden">Kizuna — Vietnam–Japan locality partnerships</h1>
      <main className="app-main">
        <MapView />
      </main>
    </div>
  );
}
