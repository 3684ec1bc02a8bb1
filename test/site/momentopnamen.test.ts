// Frozen reports on a built site. The six-line test region has snapshots as npm run
// vaststellen wrote them (data/snapshots/): 2025-Q3 approved with uitval-starters at 11,9%,
// revised to 9,9% ("--herzien"), and corrected once more in the data to 9,4% since; 2025-Q4
// frozen as the data still are. The report shows what was approved, the notice both values,
// the goal page today's value; the corrections log, PDFs and neighbours follow.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { FIXTURES, SITES } from '../helpers/paths.ts';

const zes = SITES['zes-lijnen'].out;
const regio = join(FIXTURES, 'regio-zes-lijnen');
const html = (path: string) => readFileSync(join(zes, path, 'index.html'), 'utf8');
const tekst = (page: string) => page.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
const blok = (page: string, attribuut: string) => {
  const start = page.indexOf(attribuut);
  expect(start, attribuut).toBeGreaterThan(-1);
  const open = page.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(page.slice(open))![1];
  return page.slice(open, page.indexOf(`</${tag}>`, start) + tag.length + 3);
};

describe('een bevroren rapportage', () => {
  const q3 = html('kwartalen/2025-q3');

  it('toont de vastgestelde waarde, niet de verbeterde', () => {
    expect(tekst(blok(q3, 'data-rapport-indicator="uitval-starters"'))).toBe('Startende leraren die binnen een jaar vertrekken: 9,9%');
  });

  it('names an older measurement quarter in words, the report quarter not at all', () => {
    expect(tekst(blok(q3, 'data-rapport-indicator="deelnemers-academie"'))).toBe('Deelnemers aan open aanbod van de academies (cumulatief): 412 (gemeten in het 2e kwartaal 2025)');
  });

  it('meldt elk verschil met de gegevens van nu: vastgestelde waarde → huidige, status ervoor → erna', () => {
    const melding = blok(q3, 'data-revisie ');
    expect([...melding.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => tekst(m[1]))).toEqual(['Startende leraren die binnen een jaar vertrekken: 9,9% (op koers) → 9,4% (op koers)']);
  });

  it('terwijl de doelpagina de verbeterde waarde gebruikt', () => {
    const doel = tekst(html('doelen/starters-blijven-behouden'));
    expect(doel).toContain('Gemeten in het 3e kwartaal 2025: 9,4%');
    expect(doel).not.toContain('9,9%');
  });

  it('linkt haar bevroren PDF en de eerdere versie; de bestanden staan in de site, byte voor byte', () => {
    expect(q3).toContain('data-bevroren="2"');
    for (const [site, bron] of [
      ['downloads/kwartaalrapportage-2025-q3.pdf', '2025-q3.pdf'],
      ['downloads/kwartaalrapportage-2025-q3.v1.pdf', '2025-q3.v1.pdf'],
      ['downloads/momentopnamen/2025-q3.v1.json', '2025-q3.v1.json'],
    ]) {
      expect(q3).toContain(`href="/${site}"`);
      expect(readFileSync(join(zes, site)).equals(readFileSync(join(regio, 'data/snapshots', bron))), site).toBe(true);
    }
  });

  it('elke bevroren PDF is getagd, met titel en taal nl (gemaakt door npm run vaststellen)', async () => {
    for (const [bestand, titel] of [['2025-q3.pdf', '3e kwartaal 2025'], ['2025-q3.v1.pdf', '3e kwartaal 2025'], ['2025-q4.pdf', '4e kwartaal 2025']]) {
      const doc = await PDFDocument.load(readFileSync(join(regio, 'data/snapshots', bestand)), { updateMetadata: false });
      expect(doc.getTitle(), bestand).toBe(`Kwartaalrapportage ${titel} – Onderwijsregio Lindewaard`);
      expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(nl)');
      expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    }
  });

  it('zonder verschil geen melding; buren linken naar elkaar', () => {
    const q4 = html('kwartalen/2025-q4');
    expect(q4).toContain('data-bevroren="1"');
    expect(q4).not.toContain('data-revisie');
    expect(q4).toContain('href="/kwartalen/2025-q3/" rel="prev"');
    expect(q3).toContain('href="/kwartalen/2025-q4/" rel="next"');
    expect(q3).not.toContain('rel="prev"');
    // The concept 2026-Q1 is no neighbour in the public build.
    expect(q4).not.toContain('rel="next"');
  });
});

describe('de lijst van rapportages en het herzieningslogboek', () => {
  it('/kwartalen/: nieuwste eerst, met datum van vaststelling en PDF', () => {
    const lijst = html('kwartalen');
    const kaarten = [...lijst.matchAll(/<li class="kaart" data-kwartaal="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => [m[1], tekst(m[2])]);
    expect(kaarten.map(([k]) => k)).toEqual(['2025-Q4', '2025-Q3']);
    expect(kaarten[0][1]).toContain('Vastgesteld op 21 januari 2026');
    expect(kaarten[1][1]).toContain('Vastgesteld op 15 oktober 2025, herzien op 10 februari 2026');
    expect(lijst).toContain('href="/downloads/kwartaalrapportage-2025-q4.pdf"');
    expect(lijst).toContain('href="/downloads/kwartaalrapportage-2025-q3.pdf"');
  });

  it('/kwartalen/herzieningen/: datum, kwartaal, reden en wat er veranderde', () => {
    const log = html('kwartalen/herzieningen');
    expect(log).toContain('data-herzieningen="1"');
    const start = log.indexOf('data-herziening="2025-Q3.v2"');
    expect(tekst(`<li ${log.slice(start, log.indexOf('</ol>', start))}`)).toBe(
      'Derde kwartaal 2025 , versie 2 Herzien op 10 februari 2026. Reden: Uitval starters in het 3e kwartaal 2025 gecorrigeerd: dubbel getelde uitstromers verwijderd '
      + 'Wat veranderde (vorige versie → deze versie): Startende leraren die binnen een jaar vertrekken: 11,9% (aandacht) → 9,9% (op koers) '
      + 'Startende leraren blijven behouden: aandacht → op koers Versie 2 (PDF) · Versie 1 (PDF)',
    );
  });

  it('de voorbeeldregio zonder momentopnamen heeft een leeg logboek en rapportages uit de gegevens', () => {
    expect(html('kwartalen/herzieningen').length).toBeGreaterThan(0);
    const voorbeeld = readFileSync(join(SITES.voorbeeld.out, 'kwartalen/herzieningen/index.html'), 'utf8');
    expect(voorbeeld).toContain('data-herzieningen="0"');
    expect(readFileSync(join(SITES.voorbeeld.out, 'kwartalen/2026-q1/index.html'), 'utf8')).not.toContain('data-bevroren');
    expect(existsSync(join(SITES.voorbeeld.out, 'downloads/momentopnamen'))).toBe(false);
  });
});
