import { describe, expect, it } from 'vitest';
import { ampMessage, clampHeight, heightFromMessage, parseAmpMessage, parsePymMessage, pymMessage } from '../../../src/embed/messages';

describe('pym.js messages', () => {
  it('writes the pym.js v1 height string', () => {
    expect(pymMessage('kizuna-1', 'height', 640.4)).toBe('pymxPYMxkizuna-1xPYMxheightxPYMx640');
  });

  it('reads a height and a width message', () => {
    expect(parsePymMessage('pymxPYMxmapxPYMxheightxPYMx640')).toEqual({ id: 'map', type: 'height', value: 640 });
    expect(parsePymMessage('pymxPYMxmapxPYMxwidthxPYMx320')).toEqual({ id: 'map', type: 'width', value: 320 });
  });

  it('accepts an empty id (our own loader matches by window, not id)', () => {
    expect(parsePymMessage('pymxPYMxxPYMxheightxPYMx500')).toEqual({ id: '', type: 'height', value: 500 });
  });

  it.each([
    ['another message type', 'pymxPYMxmapxPYMxnavigateToxPYMxhttps://evil.example'],
    ['a non-numeric height', 'pymxPYMxmapxPYMxheightxPYMx100px'],
    ['script in the value', 'pymxPYMxmapxPYMxheightxPYMx1;alert(1)'],
    ['trailing text', 'pymxPYMxmapxPYMxheightxPYMx100 '],
    ['a negative height', 'pymxPYMxmapxPYMxheightxPYMx-5'],
    ['markup in the id', 'pymxPYMx<img>xPYMxheightxPYMx100'],
  ])('ignores %s', (_label, data) => {
    expect(parsePymMessage(data)).toBeNull();
  });

  it('ignores anything that is not a string', () => {
    expect(parsePymMessage({ height: 100 })).toBeNull();
    expect(parsePymMessage(null)).toBeNull();
  });
});

describe('AMP embed-size messages', () => {
  it('writes the amp-iframe resize request', () => {
    expect(ampMessage(640.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('reads exactly that shape', () => {
    expect(parseAmpMessage({ sentinel: 'amp', type: 'embed-size', height: 512 })).toBe(512);
  });

  it.each([
    ['a string', 'amp embed-size 512'],
    ['another sentinel', { sentinel: 'pym', type: 'embed-size', height: 512 }],
    ['another type', { sentinel: 'amp', type: 'embed-ready', height: 512 }],
    ['a string height', { sentinel: 'amp', type: 'embed-size', height: '512' }],
    ['an infinite height', { sentinel: 'amp', type: 'embed-size', height: Infinity }],
    ['an array', ['amp', 'embed-size', 512]],
  ])('ignores %s', (_label, data) => {
    expect(parseAmpMessage(data)).toBeNull();
  });
});

describe('heightFromMessage', () => {
  it('clamps to 200…5000 px', () => {
    expect(heightFromMessage('pymxPYMxmapxPYMxheightxPYMx12')).toBe(200);
    expect(heightFromMessage({ sentinel: 'amp', type: 'embed-size', height: 99999 })).toBe(5000);
    expect(clampHeight(640.2)).toBe(641);
  });

  it('gives no height for a pym width message', () => {
    expect(heightFromMessage('pymxPYMxmapxPYMxwidthxPYMx640')).toBeNull();
  });
});
