// Finding and starting the Chromium the browser tests use: the same search as `npm run pdf`
// (src/cli/browser.ts). We never download a browser.
import { describe, it } from 'vitest';

export { CHROMIUM_ARGS, startChromium, vindChromium } from '../../src/cli/browser.ts';

/** In CI (or with MONITOR_BROWSER_VERPLICHT=1) a missing browser fails the run instead of skipping. */
export function browserVerplicht(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') || env.MONITOR_BROWSER_VERPLICHT === '1';
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

/**
 * For a test file that needs the browser (or another program, such as pdftotext) when it is
 * missing: a failing test in CI (or with MONITOR_BROWSER_VERPLICHT=1), else a loud skip.
 */
export function zonderBrowser(wat: string, ontbreekt: string): void {
  if (browserVerplicht()) {
    describe(wat, () => {
      it(`${ontbreekt} is aanwezig (verplicht in CI en met MONITOR_BROWSER_VERPLICHT=1)`, () => {
        throw new Error(`ONTBREEKT: ${ontbreekt}. In CI zijn de browsertests verplicht: zie .ci/run.`);
      });
    });
  } else {
    console.warn(`${ontbreektMelding()}\n!!  ${wat}: ${ontbreekt} ontbreekt.\n`);
    describe.skip(`ONTBREEKT (${ontbreekt}): ${wat} overgeslagen`, () => {
      it(wat, () => {});
    });
  }
}
