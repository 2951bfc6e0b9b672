// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/share/export-image';

describe('serializeSvg', () => {
  it('carries the page’s styles as presentation attributes, with no style attribute the CSP would block', () => {
    document.head.innerHTML = '<style>.land { fill: rgb(10, 20, 30); stroke-width: 2px; }</style>';
    document.body.innerHTML = '<svg width="40" height="30" viewBox="0 0 40 30"><rect class="land" width="10" height="10"/></svg>';
    const svg = document.querySelector('svg') as SVGSVGElement;

    const text = serializeSvg(svg);

    expect(text).not.toMatch(/\sstyle=/);
    expect(text).toMatch(/<rect[^>]*\sfill="rgb\(10, 20, 30\)"/);
    expect(text).toMatch(/<rect[^>]*\sstroke-width="2px"/);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
});
