/**
 * Pure arithmetic over what the probe recorded for a series of interactions: input → paint per
 * input, and the main-thread time (script + style/layout) that does not depend on rasterisation.
 */
import type { LongFrame, ProbeState } from './probe.ts';
import { percentile, round1 } from './stats.ts';
import type { InteractionFigures } from './types.ts';

export interface InteractionWindow {
  /** The input event's timeStamp (ms since navigation start). */
  t0: number;
  /** After the next frame's paint (rAF + MessageChannel). */
  t1: number;
  /** The first idle moment after t1 (requestIdleCallback); null or absent when not recorded. */
  t2?: number | null;
}

type EventEntry = ProbeState['entries'][number];

/** Event Timing entries of this input: those that started inside its window. */
function entriesOf(window: InteractionWindow, entries: readonly EventEntry[]): EventEntry[] {
  return entries.filter((e) => e.start >= window.t0 - 1 && e.start <= window.t1);
}

/** Input → next paint: the Event Timing duration when reported (≥ 16 ms), else the rAF time. */
export function inputToPaint(window: InteractionWindow, entries: readonly EventEntry[]): { ms: number; eventTiming: boolean } {
  const matching = entriesOf(window, entries);
  if (!matching.length) return { ms: window.t1 - window.t0, eventTiming: false };
  return { ms: Math.max(...matching.map((e) => e.duration)), eventTiming: true };
}

/**
 * Main-thread time of one input: over every Long Animation Frame that overlaps its window, the
 * duration of the frame's scripts plus its style and layout. A frame under 50 ms is not reported
 * by the browser; then the Event Timing processing time (handlers) when reported, else 0.
 */
export function mainThreadTime(
  window: InteractionWindow, longFrames: readonly LongFrame[], entries: readonly EventEntry[],
): { ms: number; longFrame: boolean; frameMs: number } {
  const frames = longFrames.filter((f) => f.end > window.t0 && f.start < window.t1);
  if (frames.length) {
    return {
      ms: frames.reduce((total, f) => total + f.script + f.styleLayout, 0),
      longFrame: true,
      // The frames' whole main-thread duration, paint recording included: what script + style/layout leaves out.
      frameMs: frames.reduce((total, f) => total + (f.end - f.start), 0),
    };
  }
  const processing = entriesOf(window, entries).map((e) => e.processing).filter(Number.isFinite);
  return { ms: processing.length ? Math.max(...processing) : 0, longFrame: false, frameMs: 0 };
}

const METHOD = 'event-timing duration when reported (≥16 ms), else rAF+MessageChannel after the next frame';

/**
 * The figures of a series. `stuck` holds the elapsed time of an input that never painted (a
 * lower bound, counted in the latency but with no script figure).
 */
export function summariseInteractions(
  windows: readonly InteractionWindow[], entries: readonly EventEntry[], longFrames: readonly LongFrame[], stuck: readonly number[] = [], note?: string,
): InteractionFigures {
  const raf = windows.map((w) => w.t1 - w.t0);
  const idle = windows.flatMap((w) => (w.t2 === null || w.t2 === undefined ? [] : [w.t2 - w.t0]));
  const latency = windows.map((w) => inputToPaint(w, entries));
  const script = windows.map((w) => mainThreadTime(w, longFrames, entries));
  const latencies = [...latency.map((l) => l.ms), ...stuck];
  const scripts = script.map((s) => s.ms);
  const frames = script.map((s) => s.frameMs);
  return {
    method: METHOD,
    count: latencies.length,
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    rafP50: round1(percentile(raf, 50)),
    rafP95: round1(percentile(raf, 95)),
    idleP50: round1(percentile(idle, 50)),
    idleP95: round1(percentile(idle, 95)),
    eventTimingEntries: latency.filter((l) => l.eventTiming).length,
    scriptP50: round1(percentile(scripts, 50)),
    scriptP95: round1(percentile(scripts, 95)),
    loafEntries: script.filter((s) => s.longFrame).length,
    longFrameP50: round1(percentile(frames, 50)),
    longFrameP95: round1(percentile(frames, 95)),
    samples: { latency: latencies.map((v) => round1(v) ?? 0), script: scripts.map((v) => round1(v) ?? 0), longFrame: frames.map((v) => round1(v) ?? 0) },
    ...(note ? { note } : {}),
  };
}

/** A series that could not run. */
export function skippedInteractions(reason: string): InteractionFigures {
  return {
    method: 'none', count: 0, p50: null, p95: null, rafP50: null, rafP95: null, idleP50: null, idleP95: null, eventTimingEntries: 0,
    scriptP50: null, scriptP95: null, loafEntries: 0, longFrameP50: null, longFrameP95: null, skipped: reason,
  };
}

/**
 * The keys of the year-range series, in turn: on the timeline's "from" input End then Home, on
 * its "to" input Home then End. The range goes last year only → all years → first year only →
 * all years, so every input changes it (and the map with it).
 */
export const YEAR_STEPS: readonly { handle: 'from' | 'to'; key: 'Home' | 'End' }[] = [
  { handle: 'from', key: 'End' },
  { handle: 'from', key: 'Home' },
  { handle: 'to', key: 'Home' },
  { handle: 'to', key: 'End' },
];

/**
 * What went wrong with a series' inputs, read from what each one led to (`observed`, in order,
 * `before` the state before the first): how many left `what` as it was, and how many ended with
 * `missing` (e.g. no "Possible partners" section). Null when every input changed it.
 */
export function changeNote(observed: readonly string[], before: string, what: string, missing?: string): string | null {
  let unchanged = 0;
  let previous = before;
  for (const state of observed) {
    if (state === previous) unchanged++;
    previous = state;
  }
  const absent = missing ? observed.filter((s) => s.endsWith(missing)).length : 0;
  const parts = [
    ...(unchanged ? [`${unchanged} of ${observed.length} inputs left ${what} unchanged`] : []),
    ...(absent ? [`${absent} of ${observed.length} inputs ended with${missing}`] : []),
  ];
  return parts.length ? parts.join('; ') : null;
}
