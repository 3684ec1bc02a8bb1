// `npm run pdf` end to end: the PDF of an approved and of a concept quarter of a copy of
// regio-klein, made with the system's Chromium, read back with pdf-lib (A4, tagged, language,
// title, bookmarks, XMP) and with poppler's pdftotext (CONCEPT on every page of the concept,
// the report's text, a small count as "< 5"). Page 1 of each is rendered to
// test/output/pdf/ to look at. Needs Chromium and poppler-utils (installed by .ci/run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFStream, PDFBool } from 'pdf-lib';
import { FIXTURES, OUTPUT, ROOT } from '../helpers/paths.ts';
import { NODE, userEnv, type RunResult } from '../helpers/run.ts';
import { vindChromium, zonderBrowser } from '../helpers/browser.ts';

const TIMEOUT = 240_000;
const heeftPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;

function runPdf(args: string[], cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((ok) => {
    const child = spawn(NODE, [resolve(ROOT, 'src/cli/pdf.ts'), ...args], { cwd, env: userEnv({ INIT_CWD: cwd, ...env }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => ok({ status, stdout, stderr }));
  });
}

function paginaTekst(pdf: string, pagina: number): string {
  return spawnSync('pdftotext', ['-f', String(pagina), '-l', String(pagina), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
}

if (!vindChromium()) zonderBrowser('npm run pdf', 'Chromium (of CHROMIUM_PATH)');
else if (!heeftPoppler) zonderBrowser('npm run pdf', 'pdftotext en pdftoppm (Debian: poppler-utils)');
else {
  describe('npm run pdf', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pdf-test-'));
    const regio = join(tmp, 'regio');
    const uit = join(tmp, 'uit');
    const beelden = join(OUTPUT, 'pdf');
    const results: Record<'vastgesteld' | 'concept', RunResult> = {} as never;

    beforeAll(async () => {
      cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });
      mkdirSync(uit);
      mkdirSync(beelden, { recursive: true });
      // A concept quarter with a chart of a count of persons below the threshold (3 < 5).
      writeFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), [
        '---',
        'kwartaal: 2026-Q1',
        'samenvatting: Het eerste kwartaal van 2026, nog niet vastgesteld.',
        '---',
        '',
        'Hoe het met de zij-instromers gaat:',
        '',
        '<IndicatorGrafiek indicator="zij-instromers" />',
        '',
      ].join('\n'));
      appendFileSync(join(regio, 'data/metingen.csv'), 'zij-instromers;2026-Q1;3;;;nee\n');
      const env = { REGIO_DIR: regio, MONITOR_VANDAAG: '2026-04-15' };
      results.vastgesteld = await runPdf(['2025-Q4', '--uit', join(uit, 'vastgesteld.pdf')], tmp, env);
      // Default name, in the folder the command is run from.
      results.concept = await runPdf(['2026-Q1'], uit, env);
    }, TIMEOUT);

    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('schrijft beide PDF\'s en zegt wat en waar', () => {
      expect(results.vastgesteld.stderr).toBe('');
      expect(results.vastgesteld.status).toBe(0);
      expect(results.vastgesteld.stdout).toMatch(new RegExp(`^PDF "Kwartaalrapportage 4e kwartaal 2025 – Onderwijsregio Klein Testland" geschreven: ${join(uit, 'vastgesteld.pdf')} \\(\\d+ pagina's? A4; [\\d,]+ s\\)\\.\\n$`));
      expect(results.concept.status, results.concept.stderr).toBe(0);
      expect(results.concept.stdout).toContain(`geschreven: ${join(uit, 'kwartaalrapportage-2026-q1.pdf')} (`);
      expect(results.concept.stdout).toContain('CONCEPT op elke pagina');
    });

    for (const [naam, bestand, titel] of [
      ['vastgesteld', 'vastgesteld.pdf', 'Kwartaalrapportage 4e kwartaal 2025 – Onderwijsregio Klein Testland'],
      ['concept', 'kwartaalrapportage-2026-q1.pdf', 'Kwartaalrapportage 1e kwartaal 2026 – Onderwijsregio Klein Testland (concept)'],
    ] as const) {
      it(`${naam}: A4, getagd, taal nl, titel, bladwijzers en XMP`, async () => {
        const doc = await PDFDocument.load(readFileSync(join(uit, bestand)), { updateMetadata: false });
        for (const page of doc.getPages()) {
          const { width, height } = page.getSize();
          expect(Math.abs(width - 595.28)).toBeLessThan(1);
          expect(Math.abs(height - 841.89)).toBeLessThan(1);
        }
        expect(doc.getTitle()).toBe(titel);
        expect(doc.getAuthor()).toBe('Onderwijsregio Klein Testland');
        expect(doc.getCreator()).toBe('onderwijsregio-monitor (npm run pdf)');
        const catalog = doc.catalog;
        expect(catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(nl)');
        expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
        const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
        expect(markInfo.lookup(PDFName.of('Marked'))).toBe(PDFBool.True);
        const outlines = catalog.lookup(PDFName.of('Outlines'), PDFDict);
        expect(outlines.get(PDFName.of('First'))).toBeDefined();
        const xmp = catalog.lookup(PDFName.of('Metadata'), PDFStream);
        const xml = new TextDecoder().decode(xmp.getContents());
        expect(xml).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${titel}</rdf:li></rdf:Alt></dc:title>`);
        expect(xml).toContain('<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>');
        expect(xml).toMatch(/<xmp:CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/xmp:CreateDate>/);
      });
    }

    it('vastgesteld: de tekst van de rapportage, geen CONCEPT, geen navigatie', () => {
      const pdf = join(uit, 'vastgesteld.pdf');
      const doc = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(doc).toContain('Vierde kwartaal 2025');
      expect(doc).toContain('Vastgesteld door het bestuurlijk platform op 20 januari 2026.');
      expect(doc).toContain('Meer instroom in de opleidingen');
      expect(doc).toContain('Pagina 1 van');
      expect(doc).not.toContain('CONCEPT');
      expect(doc).not.toContain('Naar de inhoud');
      expect(doc).not.toContain('Kerncijfers');
      expect(doc).not.toContain('Hoe we de status bepalen');
      spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', pdf, join(beelden, 'vastgesteld')]);
    });

    it('concept: CONCEPT op elke pagina, de cijfers van de grafiek met < 5', async () => {
      const pdf = join(uit, 'kwartaalrapportage-2026-q1.pdf');
      const paginas = (await PDFDocument.load(readFileSync(pdf))).getPageCount();
      expect(paginas).toBeGreaterThan(1);
      for (let p = 1; p <= paginas; p++) {
        expect(paginaTekst(pdf, p), `pagina ${p}`).toContain('CONCEPT – niet vastgesteld');
        expect(paginaTekst(pdf, p), `pagina ${p}`).toContain(`Pagina ${p} van ${paginas}`);
      }
      const doc = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(doc).toContain('Kwartaalrapportage 1e kwartaal 2026');
      expect(doc).toContain('Concept: nog niet vastgesteld.');
      expect(doc).toContain('Zij-instromers gestart per kwartaal (personen)');
      // pdftotext may drop the no-break space of "< 5" in a table cell.
      expect(doc).toMatch(/2026-Q1\s+<\s?5\s/);
      expect(doc).not.toMatch(/2026-Q1\s+3\b/);
      // No download link and no address on this computer on paper.
      expect(doc).not.toContain('Download de cijfers');
      expect(readFileSync(pdf, 'latin1')).not.toContain('127.0.0.1');
      spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', pdf, join(beelden, 'concept')]);
      expect(existsSync(join(beelden, 'concept-1.png'))).toBe(true);
    });

    it('weigert een bestaande PDF die npm run pdf niet maakte', async () => {
      const vreemd = join(uit, 'vreemd.pdf');
      writeFileSync(vreemd, '%PDF-1.4\n% niet van ons\n');
      const r = await runPdf(['2025-Q4', '--uit', vreemd], tmp, { REGIO_DIR: regio, MONITOR_VANDAAG: '2026-04-15' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`${vreemd} bestaat al en is niet door npm run pdf gemaakt; kies met --uit een andere naam, of verwijder of hernoem het bestand zelf.\nDe PDF is niet gemaakt; er is niets geschreven.\n`);
      expect(readFileSync(vreemd, 'utf8')).toBe('%PDF-1.4\n% niet van ons\n');
    }, TIMEOUT);
  });
}
