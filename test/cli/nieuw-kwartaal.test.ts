// `npm run nieuw-kwartaal` as a user runs it, on copies of the example region and of the
// test region exported like Dutch Excel (with more dialects mixed in): rows appended in each
// file's own dialect, old bytes untouched, the check passes, a second run writes nothing,
// and a public build does not contain the new quarter.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseCsvBytes } from '../../src/lib/csv.ts';
import { detectDialect } from '../../src/lib/csv-dialect.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'nieuw-kwartaal-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

/** Every file under `dir` by relative path. */
function bestanden(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(dir, path), readFileSync(path));
    }
  }
  return out;
}

function voorbeeld(): string {
  const dir = join(werkmap, 'voorbeeld');
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

const cp1252 = (text: string) => Buffer.from(text, 'latin1');

/** The test region, with more of Excel's dialects: Windows-1252, UTF-16 with tabs, a sep= line with LF and no final newline. */
function zesLijnen(): string {
  const dir = join(werkmap, 'zes-lijnen');
  cpSync(join(FIXTURES, 'regio-zes-lijnen'), dir, { recursive: true });
  const tekst = (file: string) => readFileSync(join(dir, 'data', file), 'utf8').replace(/^\uFEFF/, '');
  // "CSV (puntkomma)" from Excel: Windows-1252; a source with é is carried into the new rows.
  writeFileSync(join(dir, 'data/metingen.csv'), cp1252(tekst('metingen.csv').replace('scholen-met-pilot;2025-Q4;9;Domeingroep innovatie;', 'scholen-met-pilot;2025-Q4;9;Domeingroep innovatie, één bron;')));
  // "Unicode-tekst": UTF-16LE with BOM, tab-separated (the file has no quoted cells).
  writeFileSync(join(dir, 'data/voortgang.csv'), Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(tekst('voortgang.csv').replaceAll(';', '\t'), 'utf16le')]));
  writeFileSync(join(dir, 'data/uitgaven.csv'), `sep=;\n${tekst('uitgaven.csv').replace(/\r\n/g, '\n').replace(/\n$/, '')}`);
  return dir;
}

/** Runs the command, then checks every file: old bytes a prefix, same dialect, the new rows read back. */
function bereidVoor(dir: string, kwartaal: string, spelling = kwartaal) {
  const voor = bestanden(dir);
  const result = runCli('nieuw-kwartaal', { REGIO_DIR: dir }, [spelling]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const na = bestanden(dir);
  const mdx = `content/kwartalen/${kwartaal.toLowerCase()}.mdx`;
  expect([...na.keys()].filter((f) => !voor.has(f))).toEqual([mdx]);
  const gewijzigd = [...voor].filter(([f, bytes]) => !bytes.equals(na.get(f)!)).map(([f]) => f);
  expect(gewijzigd.sort()).toEqual(['data/beoordelingen.csv', 'data/metingen.csv', 'data/uitgaven.csv', 'data/voortgang.csv']);
  const toegevoegd = new Map<string, Buffer>();
  for (const file of gewijzigd) {
    const oud = voor.get(file)!;
    const nieuw = na.get(file)!;
    expect(nieuw.subarray(0, oud.length).equals(oud), file).toBe(true);
    expect(detectDialect(nieuw), file).toEqual({ ...detectDialect(oud), endsWithNewline: true });
    const oudeRijen = parseCsvBytes(file, oud, []).rows.length;
    const rijen = parseCsvBytes(file, nieuw, []).rows.slice(oudeRijen);
    expect(rijen.length, file).toBeGreaterThan(0);
    for (const rij of rijen) expect(Object.values(rij.cells)[1], file).toBe(kwartaal);
    toegevoegd.set(file, nieuw.subarray(oud.length));
  }
  return { result, voor: na, toegevoegd, mdx: na.get(mdx)!.toString('utf8') };
}

/** A second run refuses with one line and changes nothing. */
function tweedeKeer(dir: string, kwartaal: string, voor: Map<string, Buffer>) {
  const result = runCli('nieuw-kwartaal', { REGIO_DIR: dir }, [kwartaal]);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`content/kwartalen/${kwartaal.toLowerCase()}.mdx: bestaat al; nieuw-kwartaal overschrijft niets. Er is niets geschreven.\n`);
  expect(bestanden(dir)).toEqual(voor);
}

describe('npm run nieuw-kwartaal', () => {
  it('the example region: 2026-Q4 after the concept 2026-Q3; check passes; a public build leaves it out', { timeout: 300_000 }, () => {
    const dir = voorbeeld();
    const { result, voor, toegevoegd, mdx } = bereidVoor(dir, '2026-Q4', '4e kwartaal 2026');
    expect(result.stdout).toBe([
      'Kwartaal 2026-Q4 is voorbereid als concept:',
      'content/kwartalen/2026-q4.mdx: aangemaakt als concept (zonder vastgesteld); schrijf de samenvatting en de tekst',
      'data/metingen.csv: 24 regels toegevoegd, één per indicator; vul de waarde in (leeg of n.v.t. als er niet gemeten is)',
      'data/beoordelingen.csv: 15 regels toegevoegd, één per doel; vul toelichting (check) en bijsturing (act) in, en bij een merkbaar doel de status',
      'data/voortgang.csv: 20 regels toegevoegd, één per lopende activiteit; de status van het vorige kwartaal staat er al; pas hem aan en vul de toelichting in',
      'data/uitgaven.csv: 4 regels toegevoegd, één per lijn; het bedrag staat op 0; vul in wat er is uitgegeven',
      'Vul de regels in, draai npm run check en bekijk het concept met npm run dev. Zonder vastgesteld wordt het kwartaal niet gepubliceerd.',
      '',
    ].join('\n'));
    expect(toegevoegd.get('data/uitgaven.csv')!.toString('utf8')).toBe('solidaire-arbeidsmarkt;2026-Q4;0\nwerven-matchen-opleiden;2026-Q4;0\nbehouden-professionaliseren;2026-Q4;0\nanders-organiseren;2026-Q4;0\n');
    expect(mdx).toBe([
      '---', 'kwartaal: 2026-Q4', 'titel: Voortgang vierde kwartaal 2026',
      'samenvatting: "Nog in te vullen: vat in twee of drie korte zinnen samen wat dit kwartaal opleverde."', '---', '',
      '## Hoogtepunten', '', '## Wat goed gaat', '', '## Wat achterblijft', '', '## Voorstellen voor het bestuurlijk platform', '',
    ].join('\n'));

    const check = runCli('check', { REGIO_DIR: dir });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Geen problemen gevonden.');
    tweedeKeer(dir, '2026-Q4', voor);

    const uit = join(werkmap, 'voorbeeld-site');
    const build = runCli('build', { REGIO_DIR: dir, OUT_DIR: uit });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(uit, 'kwartalen/2026-q2/index.html'))).toBe(true);
    expect(existsSync(join(uit, 'kwartalen/2026-q4'))).toBe(false);
    for (const [file, bytes] of bestanden(uit)) {
      const text = bytes.toString('utf8');
      expect(text.includes('2026-q4') || text.includes('Nog in te vullen') || text.includes('vierde kwartaal 2026'), file).toBe(false);
    }
  });

  it('the Excel-exported test region with Windows-1252, UTF-16, sep= and LF without a final newline: 2026-Q2 after the concept 2026-Q1', { timeout: 120_000 }, () => {
    const dir = zesLijnen();
    const { voor, toegevoegd, mdx } = bereidVoor(dir, '2026-Q2');
    // Windows-1252: é as the single byte 0xE9, never UTF-8's two bytes.
    const metingen = toegevoegd.get('data/metingen.csv')!;
    expect(metingen.toString('latin1')).toContain('scholen-met-pilot;2026-Q2;;Domeingroep innovatie, één bron;;\r\n');
    expect(metingen.includes(Buffer.from('é', 'utf8'))).toBe(false);
    // UTF-16LE without a second BOM in the middle of the file.
    expect(toegevoegd.get('data/voortgang.csv')!.subarray(0, 4).equals(Buffer.from('ga', 'utf16le'))).toBe(true);
    expect(toegevoegd.get('data/voortgang.csv')!.toString('utf16le')).toMatch(/^gastlessen-vo\t2026-Q2\tlopend\t\r\n/);
    // No final newline: one LF first, then the rows in LF.
    expect(toegevoegd.get('data/uitgaven.csv')!.toString('utf8')).toMatch(/^\nwerven;2026-Q2;0\n(.+;2026-Q2;0\n){5}$/);
    expect(toegevoegd.get('data/beoordelingen.csv')!.toString('utf8')).toMatch(/^(.+;2026-Q2;;;\r\n){10}$/);
    // The headings of the previous report; its title spelled the same way.
    expect(mdx).toBe('---\ntitel: Tweede kwartaal 2026\n'.replace('titel', 'kwartaal: 2026-Q2\ntitel') + 'samenvatting: "Nog in te vullen: vat in twee of drie korte zinnen samen wat dit kwartaal opleverde."\n---\n\n## Plan\n\n## Do\n');

    const check = runCli('check', { REGIO_DIR: dir });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).not.toContain('2026-Q2');
    tweedeKeer(dir, '2026-Q2', voor);
  });

  it.each<[string, (dir: string) => void, string[], string]>([
    ['no quarter named', () => {}, [], 'Noem het kwartaal dat u wilt voorbereiden, bijvoorbeeld: npm run nieuw-kwartaal -- 2026-Q4'],
    ['a quarter that does not exist', () => {}, ['2026-Q5'], '"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3). Er is niets geschreven.'],
    ['a gap after the last quarter file', () => {}, ['2026KW03'], '2026-Q3 sluit niet aan op het laatste kwartaalbestand (content/kwartalen/2025-q4.mdx); bereid eerst 2026-Q1 voor (npm run nieuw-kwartaal -- 2026-Q1). Er is niets geschreven.'],
    ['a character the Windows-1252 file cannot hold', (dir) => {
      const path = join(dir, 'data/metingen.csv');
      writeFileSync(path, cp1252(readFileSync(path, 'utf8').replace('zij-instromers;2025-Q3;52;;;nee', 'zij-instromers;2025-Q3;52;;Geschat, één bron;nee')));
      const ind = join(dir, 'data/indicatoren.csv');
      writeFileSync(ind, readFileSync(ind, 'utf8').replace(';Opleidingen;', ';Opleidingen in Győr;'));
    }, ['2026-Q1'], 'data/metingen.csv: het teken "ő" (U+0151) kan niet in een Windows-1252-bestand; sla het bestand in Excel op als "CSV UTF-8" en probeer het opnieuw. Er is niets geschreven.'],
  ])('refuses %s with one Dutch line and writes nothing', { timeout: 60_000 }, (naam, bewerk, args, regel) => {
    const dir = join(werkmap, `klein-${naam.replace(/\W+/g, '-')}`);
    cpSync(join(FIXTURES, 'regio-klein'), dir, { recursive: true });
    bewerk(dir);
    const voor = bestanden(dir);
    const result = runCli('nieuw-kwartaal', { REGIO_DIR: dir }, args);
    expect(result.stderr).toBe(`${regel}\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(bestanden(dir)).toEqual(voor);
  });

  it('refuses a region with errors: the errors, then one line, nothing written', { timeout: 60_000 }, () => {
    const dir = join(werkmap, 'klein-fout');
    cpSync(join(FIXTURES, 'regio-klein'), dir, { recursive: true });
    writeFileSync(join(dir, 'data/voortgang.csv'), 'activiteit;kwartaal;status;toelichting\nopen-dagen;2025-Q4;bezig;\n');
    const voor = bestanden(dir);
    const result = runCli('nieuw-kwartaal', { REGIO_DIR: dir }, ['2026-Q1']);
    expect(result.stderr).toBe([
      'data/voortgang.csv:2: kolom "status": "bezig" is geen toegestane waarde (kies uit: gepland, lopend, afgerond, vertraagd, gestopt)',
      '1 fout en 0 waarschuwingen gevonden.',
      'De regio heeft fouten; los die eerst op (npm run check). Er is niets geschreven.',
      '',
    ].join('\n'));
    expect(result.status).toBe(1);
    expect(bestanden(dir)).toEqual(voor);
  });
});
