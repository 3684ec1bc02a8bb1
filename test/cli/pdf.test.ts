// `npm run pdf` before any browser is started: the command line, where the PDF may go, which
// browser, the document information. Every Dutch message exactly. The PDF itself is made in
// test/e2e/pdf.test.ts (needs Chromium).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import { NODE, userEnv } from '../helpers/run.ts';
import { leesPdfArgumenten, pdfBestemming, standaardNaam } from '../../src/cli/pdf/opdracht.ts';
import { browserKandidaten, GEEN_BROWSER, kiesBrowser } from '../../src/cli/browser.ts';
import { isOnzePdf, PDF_MAKER, xmpPakket, zetPdfGegevens, type PdfGegevens } from '../../src/lib/pdf-metadata.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pdf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NIET_GEMAAKT = 'De PDF is niet gemaakt; er is niets geschreven.';

function pdf(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [resolve(ROOT, 'src/cli/pdf.ts'), ...args], { cwd: tmp, env: userEnv({ INIT_CWD: tmp, ...env }), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('de opdrachtregel', () => {
  it.each([
    [[], 'Noem het kwartaal: npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf).'],
    [['2026-Q3', '2026-Q4'], 'Noem één kwartaal, niet 2026-Q3 en 2026-Q4: npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf).'],
    [['herfst'], '"herfst" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3).'],
    [['2026-Q5'], '"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3).'],
    [['2026-Q3', '--uit'], '--uit zonder bestandsnaam; schrijf bijvoorbeeld --uit rapport.pdf.'],
    [['2026-Q3', '--uit', 'rapport.docx'], '--uit rapport.docx: de bestandsnaam moet op .pdf eindigen.'],
    [['2026-Q3', '--open'], 'onbekende optie --open; npm run pdf kent alleen --uit <bestand.pdf>.'],
  ])('%j', (args, melding) => {
    expect(leesPdfArgumenten(args)).toEqual({ ok: false, melding });
  });

  it('elke schrijfwijze van een kwartaal, met of zonder --uit', () => {
    expect(leesPdfArgumenten(['3e kwartaal 2026'])).toEqual({ ok: true, opdracht: { kwartaal: '2026-Q3', uit: undefined } });
    expect(leesPdfArgumenten(['--uit=a.PDF', '2026KW03'])).toEqual({ ok: true, opdracht: { kwartaal: '2026-Q3', uit: 'a.PDF' } });
    expect(standaardNaam('2026-Q3')).toBe('kwartaalrapportage-2026-q3.pdf');
  });
});

describe('waar de PDF heen mag', () => {
  const regioDir = join(tmp, 'regio-bestemming');
  mkdirSync(join(regioDir, 'data'), { recursive: true });
  mkdirSync(join(regioDir, 'content'), { recursive: true });
  const opties = { map: tmp, regioDir };

  it('standaard in de map waar de opdracht draait', async () => {
    expect(await pdfBestemming({ kwartaal: '2026-Q3' }, opties)).toEqual({ ok: true, pad: join(tmp, 'kwartaalrapportage-2026-q3.pdf') });
  });

  it('nooit in de gegevens of teksten van de regio', async () => {
    const pad = join(regioDir, 'data', 'r.pdf');
    expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: pad }, opties)).toEqual({ ok: false, melding: `${pad} ligt in de regiomap (data/), waar alleen de gegevens en teksten van de regio staan; kies met --uit een plek daarbuiten.` });
    // Beside data/ and content/ is fine (the example region is the project folder itself).
    expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: join(regioDir, 'r.pdf') }, opties)).toEqual({ ok: true, pad: join(regioDir, 'r.pdf') });
  });

  it('een map die niet bestaat, een map als bestand', async () => {
    const pad = join(tmp, 'nergens', 'r.pdf');
    expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: pad }, opties)).toEqual({ ok: false, melding: `De map ${join(tmp, 'nergens')} bestaat niet; maak hem eerst aan of kies met --uit een andere plek.` });
    mkdirSync(join(tmp, 'map.pdf'));
    expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: 'map.pdf' }, opties)).toEqual({ ok: false, melding: `${join(tmp, 'map.pdf')} is een map; noem met --uit een bestand, bijvoorbeeld --uit rapport.pdf.` });
  });

  it('over een eigen PDF wel, over een ander bestand niet', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setCreator(PDF_MAKER);
    writeFileSync(join(tmp, 'eigen.pdf'), await doc.save());
    expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: 'eigen.pdf' }, opties)).toEqual({ ok: true, pad: join(tmp, 'eigen.pdf') });
    for (const [naam, inhoud] of [['ander.pdf', '%PDF-1.4\n'], ['tekst.pdf', 'geen pdf']] as const) {
      writeFileSync(join(tmp, naam), inhoud);
      expect(await pdfBestemming({ kwartaal: '2026-Q3', uit: naam }, opties)).toEqual({ ok: false, melding: `${join(tmp, naam)} bestaat al en is niet door npm run pdf gemaakt; kies met --uit een andere naam, of verwijder of hernoem het bestand zelf.` });
    }
  });
});

describe('de browser', () => {
  it('CHROMIUM_PATH eerst, en dan alleen die', () => {
    expect(kiesBrowser({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux', (p) => p === '/opt/c/chrome')).toEqual({ ok: true, pad: '/opt/c/chrome' });
    expect(kiesBrowser({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux', (p) => p === '/usr/bin/chromium')).toEqual({ ok: false, melding: 'CHROMIUM_PATH is /opt/c/chrome, maar dat is geen programma dat gestart kan worden; zet CHROMIUM_PATH op Chromium, Chrome of Edge, of laat CHROMIUM_PATH weg.' });
  });

  it('Chromium, Chrome of Edge op de gebruikelijke plek per systeem', () => {
    expect(kiesBrowser({ PATH: '/home/a/bin' }, 'linux', (p) => p === '/home/a/bin/microsoft-edge')).toEqual({ ok: true, pad: '/home/a/bin/microsoft-edge' });
    expect(kiesBrowser({}, 'darwin', (p) => p.endsWith('Google Chrome'))).toEqual({ ok: true, pad: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
    const win = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    expect(kiesBrowser(win, 'win32', (p) => p.endsWith('msedge.exe'))).toEqual({ ok: true, pad: 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe' });
    expect(browserKandidaten('linux', {})[0]).toBe('/usr/bin/chromium');
  });

  it('geen browser: één Nederlandse regel', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(kiesBrowser({ PATH: '/usr/bin' }, platform, () => false)).toEqual({ ok: false, melding: GEEN_BROWSER });
    }
    expect(GEEN_BROWSER).toBe('Geen browser gevonden om de PDF te maken; installeer Chromium, Chrome of Edge, of zet CHROMIUM_PATH op het programma.');
  });
});

describe('documentgegevens', () => {
  const gegevens: PdfGegevens = { titel: 'Rapport <Q3> & "meer"', auteur: 'Regio', onderwerp: 'Samenvatting', trefwoorden: ['a', 'b'], taal: 'nl', gemaakt: new Date('2026-10-15T08:30:00.123Z'), tekenaar: 'chromium 156' };

  it('XMP met titel, taal, maker en datum, tekens ontsnapt', () => {
    const xml = xmpPakket(gegevens, 'p');
    expect(xml).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Rapport &lt;Q3&gt; &amp; &quot;meer&quot;</rdf:li></rdf:Alt></dc:title>');
    expect(xml).toContain('<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>');
    expect(xml).toContain('<xmp:CreateDate>2026-10-15T08:30:00Z</xmp:CreateDate>');
    expect(xml).toContain('<dc:creator><rdf:Seq><rdf:li>Regio</rdf:li></rdf:Seq></dc:creator>');
  });

  it('houdt structuur en bladwijzers, zet titel, taal en XMP', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]);
    const struct = doc.context.register(doc.context.obj({ Type: 'StructTreeRoot' }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), struct);
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
    const { bytes, paginas } = await zetPdfGegevens(await doc.save(), gegevens);
    expect(paginas).toBe(1);
    expect(await isOnzePdf(bytes)).toBe(true);
    const terug = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(terug.getTitle()).toBe(gegevens.titel);
    expect(terug.getProducer()).toBe('chromium 156 + pdf-lib');
    expect(terug.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(nl)');
    expect(terug.catalog.lookup(PDFName.of('StructTreeRoot'))?.toString()).toContain('/StructTreeRoot');
    expect(terug.catalog.lookup(PDFName.of('MarkInfo'))?.toString()).toContain('/Marked true');
    const xmp = terug.catalog.lookup(PDFName.of('Metadata'), PDFStream);
    expect(new TextDecoder().decode(xmp.getContents())).toBe(xmpPakket(gegevens, 'chromium 156 + pdf-lib'));
  });
});

describe('npm run pdf stopt met één regel', () => {
  const regio = join(tmp, 'regio');
  cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });

  it('kwartaal zonder rapportage', () => {
    const r = pdf(['2027-Q1'], { REGIO_DIR: regio });
    expect(r.stderr).toBe(`Er is geen kwartaalrapportage voor 2027-Q1: maak eerst content/kwartalen/2027-q1.mdx aan.\n${NIET_GEMAAKT}\n`);
    expect(r.status).toBe(1);
  });

  it('CHROMIUM_PATH dat niet bestaat', () => {
    const r = pdf(['2025-Q4'], { REGIO_DIR: regio, CHROMIUM_PATH: '/bestaat/niet/chromium' });
    expect(r.stderr).toBe(`CHROMIUM_PATH is /bestaat/niet/chromium, maar dat is geen programma dat gestart kan worden; zet CHROMIUM_PATH op Chromium, Chrome of Edge, of laat CHROMIUM_PATH weg.\n${NIET_GEMAAKT}\n`);
    expect(r.status).toBe(1);
    expect(readdirSync(tmp).filter((n) => n.startsWith('kwartaalrapportage'))).toEqual([]);
  });

  it('fouten in de regiomap', () => {
    writeFileSync(join(regio, 'data/doelen.csv'), 'id;lijn;titel;soort\nmeer-instroom;bestaat-niet;Titel;meetbaar\n');
    const r = pdf(['2025-Q4'], { REGIO_DIR: regio });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/doelen.csv:2: kolom "lijn": lijn "bestaat-niet" bestaat niet (er is geen content/lijnen/bestaat-niet.mdx; bestaande lijnen: werven, behouden)\n');
    expect(r.stderr.endsWith(`\n3 fouten en 1 waarschuwing gevonden.\n${NIET_GEMAAKT}\n`)).toBe(true);
  });
});
