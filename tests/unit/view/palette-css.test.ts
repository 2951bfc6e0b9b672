import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssVariables, DARK, LIGHT } from '../../../src/view/palette';

/*
 * The palette (src/view/palette.ts) is the one place colours are written. The stylesheets read
 * it through the variables of src/styles/theme.css; a colour changed in one and not the other
 * would draw the map's sea in one blue and the page behind it in another.
 */

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const THEME = withoutComments(readFileSync('src/styles/theme.css', 'utf8'));

/** The custom properties declared in the first rule whose selector list contains `selector`. */
function declaredIn(css: string, selector: string): Record<string, string> {
  const rule = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find((m) => (m[1] ?? '').split(',').some((s) => s.trim() === selector));
  if (!rule) throw new Error(`no rule for ${selector} in theme.css`);
  return Object.fromEntries([...(rule[2] ?? '').matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], (m[2] ?? '').trim()]));
}

const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\)|(?<![\w-])(?:white|black)(?![\w-])/gi;
/** A pure black shade (drop shadows, the gesture hint's veil) is a shadow, not a colour of the palette. */
const SHADE = /^rgba?\(0,? 0,? 0\s*[/,]\s*[\d.]+%?\)$/;

function stylesheets(): string[] {
  return readdirSync('src/styles')
    .filter((f) => f.endsWith('.css'))
    .map((f) => join('src/styles', f));
}

describe('colours come from the palette', () => {
  it("declares exactly the light flavour's variables, with its values, for the page and for a light map", () => {
    expect(declaredIn(THEME, ':root')).toEqual(cssVariables(LIGHT));
    expect(declaredIn(THEME, "[data-theme='light']")).toEqual(cssVariables(LIGHT));
  });

  it("declares exactly the dark flavour's variables, with its values, for a dark page or map", () => {
    expect(declaredIn(THEME, "[data-theme='dark']")).toEqual(cssVariables(DARK));
  });

  it('writes no colour in any stylesheet of src/styles/ outside the palette variables', () => {
    const found = stylesheets().flatMap((file) => {
      let css = withoutComments(readFileSync(file, 'utf8'));
      if (file.endsWith('theme.css')) css = css.replace(/--[\w-]+\s*:[^;]+;/g, '');
      return [...css.matchAll(COLOUR_LITERAL)]
        .map(([literal]) => literal)
        .filter((l) => !SHADE.test(l))
        .map((l) => `${file}: ${l}`);
    });
    expect(found).toEqual([]);
  });

  it('uses only variables that theme.css or the sheet itself defines (an undefined one silently falls back)', () => {
    const defined = new Set(stylesheets().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])));
    const undefinedUses = stylesheets().flatMap((file) =>
      [...withoutComments(readFileSync(file, 'utf8')).matchAll(/var\((--[\w-]+)/g)]
        .map((m) => m[1])
        .filter((v) => !defined.has(v))
        .map((v) => `${file}: ${v}`),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('gives both flavours the same variables, so a theme switch never leaves one behind', () => {
    expect(Object.keys(cssVariables(DARK)).sort()).toEqual(Object.keys(cssVariables(LIGHT)).sort());
  });
});
