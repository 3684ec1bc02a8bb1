// Finding and starting the Chromium the browser tests use. We never download a browser:
// the tests use the system's Chromium (or CHROMIUM_PATH) through playwright-core.
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';

const KANDIDATEN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function uitvoerbaar(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable: `CHROMIUM_PATH` when set (and then only that one), else the first
 * system Chromium found. Undefined when there is none.
 */
export function vindChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return uitvoerbaar(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return KANDIDATEN.find(uitvoerbaar);
}

/** In CI (or with MONITOR_BROWSER_VERPLICHT=1) a missing browser fails the run instead of skipping. */
export function browserVerplicht(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') || env.MONITOR_BROWSER_VERPLICHT === '1';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts headless Chromium. */
export async function startChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The banner printed when the browser tests are skipped. */
export function ontbreektMelding(): string {
  const regel = '!'.repeat(78);
  return [
    '',
    regel,
    '!!  BROWSER ONTBREEKT: de browsertests (WCAG 2.1 AA met axe, toetsenbord, 320 px,',
    '!!  zonder JavaScript, grafieken, screenshots) zijn OVERGESLAGEN.',
    '!!  Installeer Chromium (/usr/bin/chromium) of zet CHROMIUM_PATH.',
    '!!  In CI (of met MONITOR_BROWSER_VERPLICHT=1) is dit een fout.',
    regel,
    '',
  ].join('\n');
}
