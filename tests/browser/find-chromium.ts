import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Launch flags for headless Chromium as root on a machine whose network is closed. */
export const CHROMIUM_FLAGS = [
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
