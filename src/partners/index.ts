/** Possible partners and the timeline: pure functions the panels and the chart build on. */
export * from './profile';
export * from './rank';
export * from './timeline';
export * from './official';
