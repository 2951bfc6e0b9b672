import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n';
import type { Projector } from '../view/projector';
import type { WebGLMapProps } from '../map/WebGLMap';

/** `svg`: the first view; `loading`: MapLibre is on its way (the SVG still shows); `webgl`: handed over. */
export type Stage = 'svg' | 'loading' | 'webgl';

export interface UpgradeState {
  stage: Stage;
  /**
   * No more upgrades on intent or idle: the chunk failed (the reader may Try again) or MapLibre
   * fell back (a crash or a lost context would only repeat).
   */
  blocked: boolean;
  /** The chunk did not load: the map says so, with Try again. */
  chunkFailed: boolean;
  /** Each load gets a number, so the answer of an abandoned one changes nothing. */
  attempt: number;
  WebGL: ComponentType<WebGLMapProps> | null;
  /** MapLibre's projector once it has drawn its first frame. */
  webglProjector: Projector | null;
  notice: MessageKey | null;
  /** +/− pressed before the handover, applied at it. */
  pendingZoom: number;
}

export type UpgradeAction =
  | { type: 'intent' }
  | { type: 'zoom-intent'; delta: number }
  | { type: 'loaded'; attempt: number; WebGL: ComponentType<WebGLMapProps> }
  | { type: 'load-failed'; attempt: number }
  | { type: 'retry' }
  | { type: 'ready'; projector: Projector }
  | { type: 'fallback'; reason: MessageKey }
  | { type: 'notice'; notice: MessageKey | null }
  | { type: 'webgl-support'; available: boolean };

/** `webglAvailable` null: not asked yet (no upgrade until the answer, which follows the first render). */
export function initialUpgradeState(webglAvailable: boolean | null): UpgradeState {
  return {
    stage: 'svg',
    blocked: webglAvailable !== true,
    chunkFailed: false,
    attempt: 0,
    WebGL: null,
    webglProjector: null,
    notice: webglAvailable === false ? 'map.notice.no-webgl' : null,
    pendingZoom: 0,
  };
}

/**
 * The SVG → MapLibre state machine, pure: an intent starts a load (once), the chunk's arrival
 * mounts MapLibre, its first frame hands over; a failed chunk goes back to the SVG map with Try
 * again, a failed map with a notice.
 */
export function upgradeReducer(state: UpgradeState, action: UpgradeAction): UpgradeState {
  switch (action.type) {
    case 'intent':
      return state.stage === 'svg' && !state.blocked ? { ...state, stage: 'loading', attempt: state.attempt + 1 } : state;
    case 'zoom-intent': {
      const next = upgradeReducer(state, { type: 'intent' });
      return next.stage === 'loading' ? { ...next, pendingZoom: next.pendingZoom + action.delta } : next;
    }
    case 'loaded':
      return action.attempt === state.attempt && state.stage === 'loading' ? { ...state, WebGL: action.WebGL } : state;
    case 'load-failed':
      return action.attempt === state.attempt && state.stage === 'loading' ? { ...state, stage: 'svg', blocked: true, chunkFailed: true, pendingZoom: 0 } : state;
    case 'retry':
      return state.chunkFailed ? { ...state, chunkFailed: false, blocked: false, stage: 'loading', attempt: state.attempt + 1 } : state;
    case 'ready':
      return state.stage === 'loading' && state.WebGL ? { ...state, stage: 'webgl', webglProjector: action.projector, pendingZoom: 0 } : state;
    case 'fallback':
      if (state.stage === 'svg') return state;
      return { ...state, stage: 'svg', blocked: true, WebGL: null, webglProjector: null, pendingZoom: 0, notice: action.reason };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'webgl-support':
      if (state.stage !== 'svg' || state.chunkFailed) return state;
      return action.available ? { ...state, blocked: false } : { ...state, blocked: true, notice: 'map.notice.no-webgl' };
  }
}
