import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useState } from 'react';
import Map from 'react-map-gl/maplibre';
import type { StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { buildStyle } from './build-style';
import { BOTH_COUNTRIES } from './camera';
import { initMapLibre } from './init';

initMapLibre();

async function loadLand(): Promise<FeatureCollection> {
  const response = await fetch(countriesUrl);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}

/** The one component that creates the MapLibre map. */
export function MapView() {
  const [style, setStyle] = useState<StyleSpecification | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    loadLand().then((land) => live && setStyle(buildStyle({ land })));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="map-container" data-testid="map" data-map-ready={ready ? 'true' : 'false'}>
      {style && (
        <Map
          initialViewState={{ bounds: BOTH_COUNTRIES, fitBoundsOptions: { padding: 20 } }}
          mapStyle={style}
          style={{ width: '100%', height: '100%' }}
          attributionControl={{ compact: true }}
          onLoad={() => setReady(true)}
        />
      )}
    </div>
  );
}
