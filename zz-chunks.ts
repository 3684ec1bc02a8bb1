import { serveStatic } from '/work/wt-woord/src/cli/static-server.ts';
import { startChromium } from '/work/wt-woord/src/cli/browser.ts';
const [site, breedteArg, ...paden] = process.argv.slice(2);
const breedte = Number(breedteArg);
const server = await serveStatic(`/work/wt-woord/test/output/sites/${site}`);
const browser = await startChromium('/usr/bin/chromium');
for (const pad of paden) {
  const page = await browser.newPage({ viewport: { width: breedte, height: 900 } });
  await page.goto(new URL(pad.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } window.scrollTo(0, 0); });
  await page.waitForTimeout(300);
  const hoogte = await page.evaluate(() => document.documentElement.scrollHeight);
  const stuk = breedte === 320 ? 1200 : 1600;
  for (let y = 0, i = 0; y < hoogte; y += stuk, i++) {
    const naam = `/tmp/woord-shots/c-${site}-${pad.replace(/\//g, '_')}-${breedte}-${i}.png`;
    await page.screenshot({ path: naam, fullPage: true, clip: { x: 0, y, width: breedte, height: Math.min(stuk, hoogte - y) } });
  }
  console.log(pad, hoogte, Math.ceil(hoogte / stuk));
  await page.close();
}
await browser.close();
await server.close();
