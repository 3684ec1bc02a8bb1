// Issue 15 "done when" for /partijen/ and /verantwoording/, on a built copy of the small test
// region whose partijen.csv comes from Excel's "CSV (puntkomma)": Windows-1252, CRLF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-verantwoording-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));
const uit = join(werkmap, 'site');
const pagina = (pad: string) => readFileSync(join(uit, pad, 'index.html'), 'utf8');
const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, '\'').replace(/\s+/g, ' ');

describe('a region with a Windows-1252 partijen.csv, built', { timeout: 180_000 }, () => {
  let uitvoer = '';
  beforeAll(() => {
    const regio = regioKopieerder(werkmap)('regio', (r) => {
      const csv = 'naam;soort;sectoren;status;sinds;partnerschap\r\nStichting Ömnes;schoolbestuur;vo;aangesloten;15-01-2024;Opleidingsschool Één\r\nCafé Lerarenopleiding Zuid;lerarenopleiding;vo|mbo;in-gesprek;;\r\n';
      writeFileSync(join(r, 'data/partijen.csv'), Buffer.from(csv, 'latin1'));
    });
    const build = runCli('build', { REGIO_DIR: regio, OUT_DIR: uit });
    expect(build.status, build.stderr).toBe(0);
    uitvoer = build.stdout + build.stderr;
  }, 180_000);

  it('warns about the encoding and shows the names right on /partijen/', () => {
    expect(uitvoer).toContain('data/partijen.csv: waarschuwing: het bestand is geen UTF-8 en is gelezen als Windows-1252');
    const t = tekst(pagina('partijen'));
    for (const naam of ['Stichting Ömnes', 'Café Lerarenopleiding Zuid', 'Opleidingsschool Één']) expect(t).toContain(naam);
    expect(t).not.toMatch(/Ã|\uFFFD/);
    expect(t).toContain('Stichting Ömnes vo aangesloten 15 januari 2024');
    expect(t).toContain('Café Lerarenopleiding Zuid vo, mbo in gesprek');
    expect(t).toContain('0 van 1 lerarenopleiding aangesloten Dat is 0%. De regeling vraagt 100%. Nog niet aangesloten: 1 (in gesprek: 1).');
  });

  it('marks each required element of its scheme on /verantwoording/ and shows every recommendation and the spending per line', () => {
    const html = pagina('verantwoording');
    const elementen = [...html.matchAll(/data-element="([^"]+)" data-gedekt="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(elementen).toEqual([
      'werven=ja', 'opleiden=ja', 'begeleiden=ja', 'starters=ja', 'matchen=nee', 'professionaliseren=nee', 'samen-opleiden=nee', 'aansluiting=nee',
      'monitoring=nee', 'loket=nee', 'governance=nee', 'invalpool=nvt', 'sectoroverstijgend=nee',
    ].sort((a, b) => order(a) - order(b)));
    // A covering goal shows its status as icon and word.
    const werven = /<li[^>]*data-element="werven"[\s\S]*?<\/li>\s*<\/ul>/.exec(html)![0];
    expect(werven).toMatch(/<span class="status status--aandacht" data-status="aandacht"><svg[^>]*>.*?<\/svg>aandacht<\/span>/);
    const t = tekst(html);
    expect(t).toContain('Verzamel gegevens per kwartaal Opvolging: afgerond . Afspraak gemaakt');
    expect(t).toContain('Nog zonder doel:');
    expect(html).toContain('Begroting en uitgaven per jaar, hele regio');
    expect(html).toContain('Begroting en uitgaven per jaar, Werven');
    expect(t).toContain('Behouden Voor deze lijn is geen begroting vastgelegd.');
  });
});

// The blocks follow the scheme's declaration order; the list above is sorted into it.
const VOLGORDE = ['werven', 'matchen', 'opleiden', 'begeleiden', 'professionaliseren', 'samen-opleiden', 'starters', 'aansluiting', 'monitoring', 'loket', 'governance', 'invalpool', 'sectoroverstijgend'];
function order(s: string) { return VOLGORDE.indexOf(s.split('=')[0]); }
