import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Playwright's own `--disable-features` list (playwright-core 1.64, `chromiumSwitches`). Chromium
 * keeps only the last `--disable-features` switch, and ours comes after Playwright's, so ours must
 * carry these too (a unit test compares them with the installed playwright-core).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium (156) opens a browser window per context, and each window renders two
 * omnibox popups of its own (WebUI pages, each in a renderer process): ~1.6 CPU-seconds per new
 * context on this machine, more than the page under test (measured per process from /proc over
 * cold loads: 3.6 s of Chromium CPU per load with them, 1.9 s without). A reader opening a link
 * pays for them once per window, not per page, and the tests and the bench open a context per
 * load: they took CPU from the page being measured.
 */
const OMNIBOX_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Launch flags for headless Chromium as root on a machine whose network is closed. */
export const CHROMIUM_FLAGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUPS].join(',')}`,
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Software WebGL so MapLibre draws without a GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // Composite and rasterise on the CPU, as Chrome does on a machine without a usable GPU. Without
  // this, headless Chromium composites through SwiftShader too, a configuration no reader has, in
  // which every repaint of a large SVG costs seconds (measured: 2.2 s vs 33 ms per frame).
  '--disable-gpu-compositing',
];

/**
 * The flags with their `--disable-features` switches joined into one, in the place of the first:
 * Chromium keeps only the last one it is given, so a launcher's defaults and ours must be one list.
 */
export function mergeDisabledFeatures(flags: readonly string[]): string[] {
  const prefix = '--disable-features=';
  const features = [...new Set(flags.filter((flag) => flag.startsWith(prefix)).flatMap((flag) => flag.slice(prefix.length).split(',')))].filter(Boolean);
  const first = flags.findIndex((flag) => flag.startsWith(prefix));
  return flags.flatMap((flag, i) => (i === first ? [`${prefix}${features.join(',')}`] : flag.startsWith(prefix) ? [] : [flag]));
}

/** The earlier configuration (compositing through SwiftShader), kept so old bench figures can be reproduced. */
export const SWIFTSHADER_COMPOSITING_FLAGS = CHROMIUM_FLAGS.filter((flag) => flag !== '--disable-gpu-compositing');

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = 'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.';

/** `$CHROME_PATH`, then /usr/bin/chromium, then other usual paths. */
export function locateChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return USUAL_PATHS.find((path) => existsSync(path)) ?? null;
}

function canAptInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Finds Chromium; as root on Debian it installs the `chromium` package (and says so) when
 * none is found; otherwise throws one line telling the user how to install it.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = locateChromium();
  if (found) return found;
  if (!canAptInstall()) throw new Error(INSTALL_HINT);
  log('Chromium not found: installing Debian package `chromium` with apt-get (one time)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = locateChromium();
  if (!installed) throw new Error(INSTALL_HINT);
  return installed;
}
