// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pymChildId, startHeightReporter } from '../../../src/embed/height';

/** A fake framed window: its parent records what it is sent. */
function framedWindow() {
  const sent: unknown[] = [];
  const parent = { postMessage: (data: unknown) => sent.push(data) };
  const listeners = new Map<string, (event: MessageEvent) => void>();
  const win = {
    parent,
    document,
    addEventListener: (type: string, fn: (event: MessageEvent) => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as Window;
  return { win, parent, sent, listeners };
}

function target(height: number): HTMLElement {
  const element = document.createElement('div');
  element.getBoundingClientRect = () => ({ height }) as DOMRect;
  return element;
}

describe('pymChildId', () => {
  it('reads the childId pym.js adds', () => {
    expect(pymChildId('?embed=1&initialWidth=640&childId=example-1&parentTitle=x')).toBe('example-1');
  });

  it('refuses an id pym could not have written', () => {
    expect(pymChildId('?childId=<script>')).toBe('');
    expect(pymChildId('?embed=1')).toBe('');
  });
});

describe('startHeightReporter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('in an iframe, reports the content height at once in pym and AMP formats', () => {
    const { win, sent } = framedWindow();
    startHeightReporter({ win, target: target(640.3), childId: 'map' });
    expect(sent).toEqual(['pymxPYMxmapxPYMxheightxPYMx641', { sentinel: 'amp', type: 'embed-size', height: 641 }]);
  });

  it('answers a pym width message from the parent with the height', () => {
    const { win, parent, sent, listeners } = framedWindow();
    startHeightReporter({ win, target: target(500), childId: 'map' });
    sent.length = 0;
    listeners.get('message')?.({ source: parent, data: 'pymxPYMxmapxPYMxwidthxPYMx320' } as unknown as MessageEvent);
    expect(sent[0]).toBe('pymxPYMxmapxPYMxheightxPYMx500');
  });

  it('ignores width messages from other windows or for other ids', () => {
    const { win, parent, sent, listeners } = framedWindow();
    startHeightReporter({ win, target: target(500), childId: 'map' });
    sent.length = 0;
    listeners.get('message')?.({ source: {}, data: 'pymxPYMxmapxPYMxwidthxPYMx320' } as unknown as MessageEvent);
    listeners.get('message')?.({ source: parent, data: 'pymxPYMxotherxPYMxwidthxPYMx320' } as unknown as MessageEvent);
    expect(sent).toEqual([]);
  });

  it('outside an iframe, sends nothing', () => {
    const spy = vi.spyOn(window, 'postMessage');
    startHeightReporter({ win: window, target: target(500) });
    expect(spy).not.toHaveBeenCalled();
  });
});
