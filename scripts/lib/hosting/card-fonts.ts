import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Fonts for the preview cards. resvg draws text only with the fonts it is given; asking it to scan
 * every system font costs about 0.3 s per card (the CJK collections are large), so the build picks
 * one Latin family and one Japanese font from the usual places. A machine with neither still gets
 * its cards, with the map and without their text (docs/DEPLOY.md).
 */
export interface CardFonts {
  files: string[];
  /** The Latin family resvg uses for `sans-serif`; undefined when none was found. */
  family: string | undefined;
  /** The Japanese font among `files`, if any. */
  japanese: string | undefined;
  /** What was missing, for one warning in the build log. */
  missing: ('latin' | 'japanese')[];
}

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts'), '/System/Library/Fonts', '/Library/Fonts', 'C:\\Windows\\Fonts'];

/** In order of preference: each family's regular and bold files. */
const LATIN: { family: string; files: RegExp }[] = [
  { family: 'Noto Sans', files: /^NotoSans-(Regular|Bold)\.ttf$/i },
  { family: 'Liberation Sans', files: /^LiberationSans-(Regular|Bold)\.ttf$/i },
  { family: 'DejaVu Sans', files: /^DejaVuSans(-Bold)?\.ttf$/i },
  { family: 'Arial', files: /^(arial|arialbd|Arial|Arial Bold)\.ttf$/i },
  { family: 'Helvetica', files: /^Helvetica\.ttc$/i },
];
/** Only the regular weight: the figure's Japanese text (the boundaries credit) is not bold. */
const JAPANESE = [/^NotoSansCJK-Regular\.ttc$/i, /^NotoSansCJKjp-Regular\.otf$/i, /^NotoSansJP-Regular\.(otf|ttf)$/i, /^YuGothR\.ttc$/i, /^msgothic\.ttc$/i, /^Hiragino Sans GB\.ttc$/i];

function fontFilesUnder(dirs: readonly string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    try {
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (/\.(ttf|otf|ttc)$/i.test(name)) found.push(join(dir, name));
      }
    } catch {
      // An unreadable font folder is not the build's business: the next one may do.
    }
  }
  return found;
}

export function findCardFonts(dirs: readonly string[] = FONT_DIRS): CardFonts {
  const all = fontFilesUnder(dirs);
  const missing: CardFonts['missing'] = [];
  let family: string | undefined;
  const files: string[] = [];
  for (const candidate of LATIN) {
    const matches = all.filter((file) => candidate.files.test(basename(file)));
    if (matches.length) {
      family = candidate.family;
      files.push(...matches);
      break;
    }
  }
  if (!family) missing.push('latin');
  const japanese = JAPANESE.map((pattern) => all.find((file) => pattern.test(basename(file)))).find(Boolean);
  if (japanese) files.push(japanese);
  else missing.push('japanese');
  return { files, family, japanese, missing };
}
