import type { LngLatBoundsLike } from 'maplibre-gl';

/** Vietnam (incl. Trường Sa) and Japan (main islands to Okinawa), west-south-east-north. */
export const BOTH_COUNTRIES: LngLatBoundsLike = [
  [101.5, 7.5],
  [146.5, 45.8],
];
