// The acceptance of the foundation issue: copies of a region exported from Dutch Excel
// (BOM, CRLF, `;`, decimal comma, a Windows-1252 file, Excel quarter spellings), each with
// one or two defects, fail `npm run build` with the right file:line and leave a previously
// built output folder exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { fingerprint } from '../helpers/fingerprint.ts';

const BRON = join(FIXTURES, 'regio-zes-lijnen');
const WAARSCHUWING = 'data/begrippen.csv: waarschuwing: het bestand is geen UTF-8 en is gelezen als Windows-1252; sla het in Excel op als "CSV UTF-8" om tekens als ë en € zeker goed te krijgen';
const werkmap = mkdtempSync(join(tmpdir(), 'regio-excel-'));
const uit = join(werkmap, 'site');
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));


/** Replaces text in a UTF-8 file of a fresh copy, keeping its BOM and CRLF line endings. */
function kopie(naam: string, wijzigingen: [file: string, van: string, naar: string][]): string {
  const regio = join(werkmap, naam);
  cpSync(BRON, regio, { recursive: true });
  for (const [file, van, naar] of wijzigingen) {
    const path = join(regio, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(van)) throw new Error(`"${van}" staat niet in ${file}`);
    writeFileSync(path, text.replace(van, naar));
  }
  return regio;
}

describe('defects in a region exported from Dutch Excel', { timeout: 120_000 }, () => {
  let voor: string[];

  beforeAll(() => {
    const eerste = runCli('build', { REGIO_DIR: BRON, OUT_DIR: uit });
    expect(eerste.status, eerste.stderr).toBe(0);
    voor = fingerprint(uit);
  }, 180_000);

  it.each<[string, [string, string, string][], string[]]>([
    ['a bad number', [['data/metingen.csv', 'aanmeldingen-pabo;2025K2;1.352;', 'aanmeldingen-pabo;2025K2;1.35.2;']], [
      'data/metingen.csv:4: kolom "waarde": "1.35.2" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)',
    ]],
    ['an unknown reference', [['data/metingen.csv', 'aanmeldingen-pabo;Q1 2025;', 'aanmelding-pabo;Q1 2025;']], [
      'data/metingen.csv:3: kolom "indicator": indicator "aanmelding-pabo" bestaat niet in data/indicatoren.csv',
    ]],
    ['a duplicate measurement', [['data/metingen.csv', 'aanmeldingen-pabo;2025KW03;1.431;', 'aanmeldingen-pabo;Q2 2025;1.431;']], [
      'data/metingen.csv:5: indicator "aanmeldingen-pabo" heeft voor 2025-Q2 al een meting op regel 4; één regel per indicator en kwartaal',
    ]],
    ['quarter 2024-Q5', [['data/metingen.csv', 'aanmeldingen-pabo;2024-Q4;1.214;', 'aanmeldingen-pabo;2024-Q5;1.214;']], [
      'data/metingen.csv:2: kolom "kwartaal": "2024-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3)',
    ]],
    ['a target quarter before the baseline', [['data/indicatoren.csv', 'lager;48,6;2024-Q3;20;2026-Q4;', 'lager;48,6;2024-Q3;20;2024-Q2;']], [
      'data/indicatoren.csv:4: kolom "streef_kwartaal": streef_kwartaal 2024-Q2 moet na nulmeting_kwartaal 2024-Q3 liggen',
    ]],
    ['an MDX file without titel', [['content/lijnen/matchen.mdx', 'titel: Matchen\n', '']], [
      'content/lijnen/matchen.mdx:1: verplicht veld "titel" ontbreekt',
    ]],
    ['two defects at once', [
      ['data/metingen.csv', 'aanmeldingen-pabo;2025K2;1.352;', 'aanmeldingen-pabo;2025K2;veel;'],
      ['content/lijnen/matchen.mdx', 'volgorde: 2', 'volgorde: twee'],
    ], [
      'content/lijnen/matchen.mdx:3: veld "volgorde": "twee" is geen getal',
      'data/metingen.csv:4: kolom "waarde": "veel" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)',
    ]],
  ])('%s', (naam, wijzigingen, verwacht) => {
    const result = runCli('build', { REGIO_DIR: kopie(naam.replace(/\W+/g, '-'), wijzigingen), OUT_DIR: uit });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, -2)).toEqual([...verwacht, WAARSCHUWING]);
    expect(lines.at(-2)).toBe(`${verwacht.length} ${verwacht.length === 1 ? 'fout' : 'fouten'} en 1 waarschuwing gevonden.`);
    expect(lines.at(-1)).toBe(`De site is niet gebouwd; ${uit} is ongewijzigd.`);
    expect(fingerprint(uit)).toEqual(voor);
  });
});
