// Per-input arithmetic of the bench: input→paint and main-thread time from Long Animation Frames.
import { describe, expect, it } from 'vitest';
import { changeNote, inputToPaint, mainThreadTime, summariseInteractions, YEAR_STEPS } from '../../scripts/lib/bench/interactions';

const input = { t0: 1000, t1: 1120 };

describe('inputToPaint', () => {
  it('takes the Event Timing duration of the input when the browser reported one', () => {
    const entries = [
      { name: 'keydown', start: 1000, duration: 112, processing: 30 },
      { name: 'keydown', start: 5000, duration: 900, processing: 1 },
    ];
    expect(inputToPaint(input, entries)).toEqual({ ms: 112, eventTiming: true });
  });

  it('falls back to the rAF time when no entry was reported (under 16 ms)', () => {
    expect(inputToPaint(input, [])).toEqual({ ms: 120, eventTiming: false });
  });
});

describe('mainThreadTime', () => {
  it('adds scripts and style/layout of every long frame that overlaps the input, and no other', () => {
    const frames = [
      { start: 990, end: 1060, script: 40, styleLayout: 12 },
      { start: 1060, end: 1130, script: 20, styleLayout: 5 },
      { start: 1130, end: 1300, script: 150, styleLayout: 0 },
    ];
    expect(mainThreadTime(input, frames, [])).toEqual({ ms: 77, longFrame: true, frameMs: 140 });
  });

  it('without a long frame, uses the handlers’ processing time, else 0', () => {
    expect(mainThreadTime(input, [], [{ name: 'keydown', start: 1000, duration: 24, processing: 6 }])).toEqual({ ms: 6, longFrame: false, frameMs: 0 });
    expect(mainThreadTime(input, [], [])).toEqual({ ms: 0, longFrame: false, frameMs: 0 });
  });
});

describe('summariseInteractions', () => {
  it('gives percentiles of both figures and counts inputs with long frames', () => {
    const windows = Array.from({ length: 20 }, (_, i) => ({ t0: i * 1000, t1: i * 1000 + 10 + i }));
    // One slow input: a 300 ms long frame with 200 ms of script and 60 ms of style/layout.
    const frames = [{ start: 19000, end: 19300, script: 200, styleLayout: 60 }];
    const figures = summariseInteractions(windows, [{ name: 'keydown', start: 19000, duration: 304, processing: 190 }], frames);
    expect(figures).toMatchObject({ count: 20, p50: 19, p95: 28, scriptP50: 0, scriptP95: 0, longFrameP95: 0, loafEntries: 1, eventTimingEntries: 1 });
    expect(Math.max(...(figures.samples?.latency ?? []))).toBe(304);
    expect(figures.samples?.script.at(-1)).toBe(260);
    expect(figures.samples?.longFrame.at(-1)).toBe(300);
  });

  it('reports input → idle beside input → paint, from the inputs whose idle moment was recorded', () => {
    // The paint comes 16 ms after each input; a deferred render keeps the page busy until 80 ms.
    const windows = [0, 1, 2, 3].map((i) => ({ t0: i * 1000, t1: i * 1000 + 16, t2: i === 3 ? null : i * 1000 + 80 + i * 10 }));
    const figures = summariseInteractions(windows, [], []);
    expect(figures).toMatchObject({ p95: 16, idleP50: 90, idleP95: 100 });
  });

  it('counts an input that never painted in the latency, as a lower bound', () => {
    const figures = summariseInteractions([{ t0: 0, t1: 20 }], [], [], [30000], 'interaction 2 did not paint within 30 s');
    expect(figures).toMatchObject({ count: 2, p95: 30000, note: 'interaction 2 did not paint within 30 s' });
  });
});

describe('YEAR_STEPS', () => {
  it('moves one handle of the range to an end per input, both handles in turn', () => {
    // End on "from": last year only; Home on "from": all; Home on "to": first year only; End on "to": all.
    expect(YEAR_STEPS.map((s) => `${s.handle} ${s.key}`)).toEqual(['from End', 'from Home', 'to Home', 'to End']);
  });
});

describe('changeNote', () => {
  it('says nothing when every input changed what it acted on', () => {
    expect(changeNote(['2026-2026', 'all', '1995-1995', '1995-2026'], 'all', 'the year range')).toBeNull();
  });

  it('counts the inputs that left it as it was, the first one compared with the state before the series', () => {
    expect(changeNote(['all', '2026-2026', '2026-2026', 'all'], 'all', 'the year range')).toBe('2 of 4 inputs left the year range unchanged');
  });

  it('counts the inputs that ended without what they should show', () => {
    const observed = ['jp-19: 5 shown', 'vn-hanoi: no section', 'jp-19: 5 shown'];
    expect(changeNote(observed, 'vn-hanoi: 5 shown', 'the selected locality', ': no section')).toBe('1 of 3 inputs ended with: no section');
  });
});
