/**
 * What the bench installs in every page before the app's own scripts run (via
 * `addInitScript`, i.e. CDP `Page.addScriptToEvaluateOnNewDocument`, which the CSP does not block).
 * Records, with `performance.now()` (ms since navigation start):
 *   - when `[data-map-ready="true"]` and `[data-arcs-drawn]` > 0 first appear (MutationObserver);
 *   - per armed interaction, the input event's timeStamp, the time after the next frame
 *     (requestAnimationFrame, then a MessageChannel task, which runs after that frame's paint), and
 *     the first idle moment after that (requestIdleCallback): work the page put off past the
 *     paint (a deferred render) is done by then;
 *   - Event Timing entries (duration ≥ 16 ms, the API's minimum threshold), with their processing time;
 *   - Long Animation Frame entries (frames over 50 ms): their scripts' duration and their style and
 *     layout time, main-thread work that does not depend on how fast pixels are rasterised;
 *   - frame times (rAF deltas) while a frame recording is on.
 */

export interface LongFrame {
  start: number;
  end: number;
  /** Sum of the `duration` of the frame's script entries (scripts over 5 ms). */
  script: number;
  /** `styleAndLayoutStart` to the end of the frame (0 when the frame did no style/layout). */
  styleLayout: number;
  /** Raw, for diagnosis in results.json: `renderStart`, `styleAndLayoutStart` (0: none) and `blockingDuration`. */
  renderStart?: number;
  styleAndLayoutStart?: number;
  blocking?: number;
}

export interface ProbeState {
  mapReady: number | null;
  /** `data-map-renderer` of the ready element at that moment. */
  renderer: string | null;
  arcsDrawn: number | null;
  arcsCount: number | null;
  armed: { schedule: string; t0: number | null; scheduled: boolean } | null;
  /** `t2`: the first idle callback after `t1` (null until it has run). */
  results: { t0: number; t1: number; t2: number | null }[];
  entries: { name: string; start: number; duration: number; processing: number }[];
  longFrames: LongFrame[];
  frames: number[] | null;
}

export type ProbeWindow = Window & { __bench: ProbeState };

/**
 * Runs in the page. Plain JavaScript in a string, not a serialised function: tsx (esbuild with
 * keepNames) would wrap a function's inner helpers in a `__name()` call the page does not have.
 */
export const PROBE_SCRIPT = `(() => {
  const state = { mapReady: null, renderer: null, arcsDrawn: null, arcsCount: null, armed: null, results: [], entries: [], longFrames: [], frames: null };
  window.__bench = state;
  const check = () => {
    if (state.mapReady === null) {
      const ready = document.querySelector('[data-map-ready="true"]');
      if (ready) {
        state.mapReady = performance.now();
        const withRenderer = ready.closest('[data-map-renderer]') || ready.querySelector('[data-map-renderer]') || document.querySelector('[data-map-renderer]');
        state.renderer = withRenderer ? withRenderer.getAttribute('data-map-renderer') : null;
      }
    }
    if (state.arcsDrawn === null) {
      const element = document.querySelector('[data-arcs-drawn]');
      const count = element ? Number(element.getAttribute('data-arcs-drawn')) : 0;
      if (count > 0) {
        state.arcsDrawn = performance.now();
        state.arcsCount = count;
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready', 'data-arcs-drawn', 'data-map-renderer'],
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.entries.push({ name: entry.name, start: entry.startTime, duration: entry.duration, processing: entry.processingEnd - entry.processingStart });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    // No Event Timing: the rAF measurement stands alone.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const end = entry.startTime + entry.duration;
        let script = 0;
        for (const s of entry.scripts || []) script += s.duration;
        const styleLayout = entry.styleAndLayoutStart > 0 ? Math.max(0, end - entry.styleAndLayoutStart) : 0;
        state.longFrames.push({
          start: entry.startTime, end, script, styleLayout,
          renderStart: entry.renderStart, styleAndLayoutStart: entry.styleAndLayoutStart, blocking: entry.blockingDuration,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    // No Long Animation Frames API: the script figures stay at their fallback.
  }
  const onStart = (event) => {
    const armed = state.armed;
    if (armed && armed.t0 === null) armed.t0 = event.timeStamp;
  };
  const onSchedule = (event) => {
    const armed = state.armed;
    if (!armed || armed.scheduled || armed.t0 === null || event.type !== armed.schedule) return;
    armed.scheduled = true;
    const t0 = armed.t0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const result = { t0, t1: performance.now(), t2: null };
        state.results.push(result);
        state.armed = null;
        requestIdleCallback(() => {
          result.t2 = performance.now();
        });
      };
      channel.port2.postMessage(null);
    });
  };
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, onStart, { capture: true });
  for (const type of ['click', 'keydown']) addEventListener(type, onSchedule, { capture: true });
  const frame = (now) => {
    if (state.frames) state.frames.push(now);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
