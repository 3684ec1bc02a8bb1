// Finding and starting the user's own Chromium, Chrome or Edge (through playwright-core), for
// `npm run pdf` and the browser tests. We never download a browser.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { melding } from '../lib/meldingen/index.ts';

const NAMEN = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where the browser usually is on this kind of system, most likely first. */
export function browserKandidaten(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const folders = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return folders.flatMap((folder) => apps.map((app) => `${folder}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => Boolean(r));
    const exes = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return exes.flatMap((exe) => roots.map((root) => `${root.replace(/\\+$/, '')}\\${exe}`));
  }
  const fixed = NAMEN.map((name) => `/usr/bin/${name}`);
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMEN.map((name) => join(dir, name)));
  return [...new Set([...fixed, '/snap/bin/chromium', ...onPath])];
}

function uitvoerbaar(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BrowserKeuze = { ok: true; pad: string } | { ok: false; melding: string };

export const GEEN_BROWSER = melding('pdf.geen-browser').message;

/**
 * The browser: `CHROMIUM_PATH` when set (and then only that one), else the first one installed
 * in a usual place. Otherwise the Dutch reason.
 */
export function kiesBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, bestaat: (path: string) => boolean = uitvoerbaar): BrowserKeuze {
  if (env.CHROMIUM_PATH) {
    return bestaat(env.CHROMIUM_PATH)
      ? { ok: true, pad: env.CHROMIUM_PATH }
      : { ok: false, melding: melding('pdf.chromium-path', { pad: env.CHROMIUM_PATH }).message };
  }
  const pad = browserKandidaten(platform, env).find(bestaat);
  return pad ? { ok: true, pad } : { ok: false, melding: GEEN_BROWSER };
}

/** The browser's path, or undefined when there is none (the browser tests skip or fail then). */
export function vindChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const keuze = kiesBrowser(env);
  return keuze.ok ? keuze.pad : undefined;
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

/** Starts the browser headless. */
export async function startChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
