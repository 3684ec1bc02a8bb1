// `npm run vaststellen` in process, on copies of the small test region: the approval date
// written into the MDX with no other byte changed, the snapshot (readable, stable, versioned),
// every refusal with nothing written, --herzien keeping the old version, and the report that
// keeps its approved values while the goal pages follow corrected data. The PDF itself is made
// in test/e2e/vaststellen.test.ts (needs Chromium); here no browser is found.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { vaststellen } from '../../src/cli/vaststellen.ts';
import { GEEN_BROWSER } from '../../src/cli/browser.ts';
import { leesVaststelArgumenten, metVastgesteld } from '../../src/lib/vaststellen.ts';
import { momentopnameJson, MOMENTOPNAME_SCHEMA, type Momentopname } from '../../src/lib/snapshot.ts';
import { loadMonitor } from '../../src/lib/load.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { herzieningenData, kwartaalData, kwartalenOverzicht } from '../../src/lib/paginas/kwartaal.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';
import { ROOT } from '../helpers/paths.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'vaststellen-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));
const kopie = regioKopieerder(werkmap);
const geenBrowser = () => ({ ok: false as const, melding: GEEN_BROWSER });
const NIETS = 'Er is niets geschreven.';
const VERSIE = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A concept 2026-Q1 with a BOM and CRLF line ends, as Word or a Windows editor leaves it. */
const CONCEPT = '\ufeff---\r\nkwartaal: 2026-Q1\r\ntitel: Eerste kwartaal 2026\r\nsamenvatting: Een rustig kwartaal.\r\n---\r\n\r\nWe gaan door.\r\n';
const metConcept = (regio: string) => writeFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), CONCEPT);

function bestanden(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64'));
  }
  return out;
}

const stel = (dir: string, args: string[], vandaag = '2026-04-15') => vaststellen({ dir, args, vandaag, browser: geenBrowser });
const lees = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, 'data/snapshots', file), 'utf8')) as Momentopname;
const wijzigMeting = (dir: string, van: string, naar: string) => {
  const path = join(dir, 'data/metingen.csv');
  writeFileSync(path, readFileSync(path, 'utf8').replace(van, naar));
};

describe('de opdrachtregel', () => {
  it.each([
    [[], 'Noem het kwartaal dat het bestuurlijk platform heeft vastgesteld: npm run vaststellen -- 2026-Q3 (eventueel met --datum 2026-10-15, of --herzien "<reden>" voor een correctie).'],
    [['2026-Q1', '2026-Q2'], 'Noem één kwartaal, niet 2026-Q1 en 2026-Q2: npm run vaststellen -- 2026-Q3 (eventueel met --datum 2026-10-15, of --herzien "<reden>" voor een correctie).'],
    [['2026-Q1', '--datum'], '--datum zonder datum; schrijf bijvoorbeeld --datum 2026-10-15.'],
    [['2026-Q1', '--datum', '31-02-2026'], '--datum: "31-02-2026" is geen bestaande datum.'],
    [['2026-Q1', '--herzien'], '--herzien zonder reden; schrijf bijvoorbeeld --herzien "meting zij-instromers 2026-Q2 gecorrigeerd na levering DUO".'],
    [['2026-Q1', '--snel'], 'onbekende optie --snel; npm run vaststellen kent alleen --datum JJJJ-MM-DD en --herzien "<reden>".'],
  ])('%j', (args, melding) => {
    expect(leesVaststelArgumenten(args)).toEqual({ ok: false, melding });
  });

  it('leest een Nederlandse datum en een reden', () => {
    expect(leesVaststelArgumenten(['1e kwartaal 2026', '--datum=10-4-2026', '--herzien', 'correctie'])).toEqual({ ok: true, opdracht: { kwartaal: '2026-Q1', datum: '2026-04-10', herzien: 'correctie' } });
  });
});

describe('vastgesteld in de MDX', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const tekst = (b: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  it('voegt één regel toe aan het eind van de frontmatter, in het eigen regeleinde, met BOM', () => {
    expect(tekst(metVastgesteld(bytes(CONCEPT), '2026-04-10'))).toBe(CONCEPT.replace('Een rustig kwartaal.\r\n---', 'Een rustig kwartaal.\r\nvastgesteld: 2026-04-10\r\n---'));
    expect(tekst(metVastgesteld(bytes('---\nkwartaal: 2026-Q1\nsamenvatting: x\n---\nTekst'), '2026-04-10'))).toBe('---\nkwartaal: 2026-Q1\nsamenvatting: x\nvastgesteld: 2026-04-10\n---\nTekst');
  });
  it('vult een lege regel vastgesteld: in', () => {
    expect(tekst(metVastgesteld(bytes('---\nkwartaal: 2026-Q1\nvastgesteld:\nsamenvatting: x\n---\n'), '2026-04-10'))).toBe('---\nkwartaal: 2026-Q1\nvastgesteld: 2026-04-10\nsamenvatting: x\n---\n');
  });
});

describe('vaststellen van een concept', () => {
  const regio = kopie('eerste', metConcept);
  let uitkomst: Awaited<ReturnType<typeof vaststellen>>;

  it('schrijft de datum, de momentopname, en zegt dat de PDF ontbreekt en hoe hij alsnog komt', async () => {
    uitkomst = await stel(regio, ['2026-Q1', '--datum', '2026-04-10']);
    expect(uitkomst.uit).toEqual([
      'content/kwartalen/2026-q1.mdx: "vastgesteld: 2026-04-10" toegevoegd.',
      'data/snapshots/2026-q1.json: momentopname geschreven (versie 1).',
      '2026-Q1 is vastgesteld en bevroren. Bouw en publiceer de site met npm run build.',
    ]);
    expect(uitkomst.fout).toEqual([`data/snapshots/2026-q1.pdf: ${GEEN_BROWSER} De momentopname is geschreven, de PDF nog niet: draai daarna npm run vaststellen -- 2026-Q1 opnieuw, dan wordt alleen de PDF gemaakt.`]);
    expect(uitkomst.code).toBe(0);
    expect(readFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), 'latin1')).toBe(Buffer.from(CONCEPT.replace('kwartaal.\r\n---', 'kwartaal.\r\nvastgesteld: 2026-04-10\r\n---')).toString('latin1'));
  });

  it('de momentopname: schema- en toolversie, leesbaar, vaste volgorde, waarden zoals getoond', () => {
    const text = readFileSync(join(regio, 'data/snapshots/2026-q1.json'), 'utf8');
    const m = JSON.parse(text) as Momentopname;
    expect(text).toBe(momentopnameJson(m));
    expect(text.split('\n')[1]).toBe(`  "schema": ${MOMENTOPNAME_SCHEMA},`);
    expect(m).toMatchObject({ schema: MOMENTOPNAME_SCHEMA, tool: { naam: 'onderwijsregio-monitor', versie: VERSIE }, kwartaal: '2026-Q1', versie: 1, vastgesteld: '2026-04-10', herziening: null });
    expect(m.rapport).toMatchObject({ titel: 'Eerste kwartaal 2026', samenvatting: 'Een rustig kwartaal.', verhaal: '\nWe gaan door.\n' });
    const doel = m.rapport.lijnen.flatMap((l) => l.check).find((d) => d.id === 'meer-instroom')!;
    expect(doel.indicatoren).toEqual([expect.objectContaining({ id: 'zij-instromers', waarde: '58 personen', meetkwartaal: '2025-Q4' })]);
  });

  it('de check accepteert het resultaat en waarschuwt voor de ontbrekende PDF', () => {
    const { problems } = loadMonitor(regio, 'publicatie', { vandaag: '2026-04-15' });
    expect(problems.map(formatProblem)).toEqual(['data/snapshots/2026-q1.json: waarschuwing: de PDF 2026-q1.pdf ontbreekt; maak hem met npm run vaststellen -- 2026-Q1']);
  });

  it('weigert een tweede keer zonder --herzien, en schrijft niets', async () => {
    writeFileSync(join(regio, 'data/snapshots/2026-q1.pdf'), '%PDF-1.7 test');
    const voor = bestanden(regio);
    const tweede = await stel(regio, ['2026-Q1']);
    expect(tweede).toEqual({ code: 1, uit: [], fout: [`data/snapshots/2026-q1.json: 2026-Q1 is al vastgesteld en bevroren (versie 1); een vastgestelde rapportage verandert niet. Blijkt een vastgesteld cijfer fout, verbeter dan de gegevens en stel een correctie vast met --herzien "<reden>". ${NIETS}`] });
    expect(bestanden(regio)).toEqual(voor);
  });
});

describe('weigeringen: één Nederlandse regel, niets geschreven', () => {
  it.each<[string, (regio: string) => void, string[], string[]]>([
    ['een datum na vandaag', metConcept, ['2026-Q1', '--datum', '2026-04-16'], ['De datum 2026-04-16 ligt na vandaag (2026-04-15); stel een kwartaal pas vast als het bestuurlijk platform het heeft vastgesteld. Er is niets geschreven.']],
    ['een fout in de regio', (r) => { metConcept(r); wijzigMeting(r, 'zij-instromers;2025-Q4;58', 'zij-instromers;2025-Q4;veel'); }, ['2026-Q1'], [
      'data/metingen.csv:3: kolom "waarde": "veel" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)',
      'De regio heeft fouten; los die eerst op (npm run check). Er is niets geschreven.',
    ]],
    ['een eerder concept', (r) => { metConcept(r); writeFileSync(join(r, 'content/kwartalen/2026-q2.mdx'), '---\nkwartaal: 2026-Q2\nsamenvatting: Later.\n---\n'); }, ['2026-Q2'], ['content/kwartalen/2026-q1.mdx: het eerdere kwartaal 2026-Q1 is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst 2026-Q1 vast. Er is niets geschreven.']],
    ['geen kwartaalbestand', () => {}, ['2026-Q2'], ['Er is geen kwartaalbestand content/kwartalen/2026-q2.mdx; maak het met npm run nieuw-kwartaal -- 2026-Q2. Er is niets geschreven.']],
    ['een andere datum dan in de MDX', () => {}, ['2025-Q4', '--datum', '2026-01-21'], ['content/kwartalen/2025-q4.mdx:5: vastgesteld staat al op 2026-01-20; laat --datum weg of pas de datum in het bestand zelf aan. Er is niets geschreven.']],
    ['--herzien zonder momentopname', () => {}, ['2025-Q4', '--herzien', 'correctie'], ['--herzien: 2025-Q4 is nog niet bevroren; stel het eerst vast zonder --herzien. Er is niets geschreven.']],
  ])('%s', async (naam, bewerk, args, fout) => {
    const regio = kopie(`weiger-${naam.replace(/\W+/g, '-')}`, bewerk);
    const voor = bestanden(regio);
    expect(await stel(regio, args)).toEqual({ code: 1, uit: [], fout });
    expect(bestanden(regio)).toEqual(voor);
  });
});

describe('een vastgesteld cijfer blijkt fout', () => {
  const regio = kopie('herzien');
  const model = () => loadMonitor(regio, 'publicatie', { vandaag: '2026-04-15' }).monitor!;
  const instroom = () => model().doelen.find((d) => d.id === 'meer-instroom')!;

  it('bevriest een al vastgesteld kwartaal zonder de MDX aan te raken', async () => {
    const mdx = readFileSync(join(regio, 'content/kwartalen/2025-q4.mdx'));
    expect((await stel(regio, ['2025-Q4'])).uit).toEqual(['data/snapshots/2025-q4.json: momentopname geschreven (versie 1).', '2025-Q4 is vastgesteld en bevroren. Bouw en publiceer de site met npm run build.']);
    expect(readFileSync(join(regio, 'content/kwartalen/2025-q4.mdx'))).toEqual(mdx);
  });

  it('na een correctie toont de rapportage de vastgestelde waarde en de melding met beide waarden; het doel de verbeterde', () => {
    wijzigMeting(regio, 'zij-instromers;2025-Q4;58', 'zij-instromers;2025-Q4;61');
    const rapport = kwartaalData(model(), '2025-Q4');
    expect(rapport.lijnen[0].check[0].indicatoren[0].waarde).toBe('58 personen');
    expect(rapport.bevroren!.revisies.map((r) => r.tekst)).toEqual([
      'Zij-instromers gestart: 58 personen (aandacht) → 61 personen (op koers)',
      'Meer instroom in de opleidingen: aandacht → op koers',
    ]);
    expect(instroom().indicatoren[0].status.laatste).toMatchObject({ waarde: 61 });
    expect(instroom().status.status).toBe('op-koers');
  });

  it('--herzien bewaart versie 1 ongewijzigd en schrijft versie 2 met reden en datum', async () => {
    const v1 = readFileSync(join(regio, 'data/snapshots/2025-q4.json'));
    const uitkomst = await stel(regio, ['2025-Q4', '--herzien', 'Meting zij-instromers gecorrigeerd'], '2026-04-20');
    expect(uitkomst.uit).toEqual([
      'data/snapshots/2025-q4.v1.json: versie 1 bewaard.',
      'data/snapshots/2025-q4.json: momentopname geschreven (versie 2, herzien: Meting zij-instromers gecorrigeerd).',
      '2025-Q4 is herzien (versie 2). Bouw en publiceer de site met npm run build.',
    ]);
    expect(readFileSync(join(regio, 'data/snapshots/2025-q4.v1.json'))).toEqual(v1);
    expect(lees(regio, '2025-q4.json')).toMatchObject({ versie: 2, vastgesteld: '2026-01-20', herziening: { datum: '2026-04-20', reden: 'Meting zij-instromers gecorrigeerd' } });
    const monitor = model();
    expect(kwartaalData(monitor, '2025-Q4').bevroren).toMatchObject({ versie: 2, revisies: [], eerdere: [{ versie: 1, json: 'downloads/momentopnamen/2025-q4.v1.json' }] });
    expect(herzieningenData(monitor)).toEqual([{
      kwartaal: '2025-Q4', titel: 'Vierde kwartaal 2025', versie: 2, datum: '2026-04-20', reden: 'Meting zij-instromers gecorrigeerd',
      wijzigingen: ['Zij-instromers gestart: 58 personen (aandacht) → 61 personen (op koers)', 'Meer instroom in de opleidingen: aandacht → op koers'],
    }]);
    expect(kwartalenOverzicht(monitor).map((k) => k.status)).toEqual(['Vastgesteld op 20 januari 2026, herzien op 20 april 2026']);
  });

  it('een herziening zonder verschil wordt geweigerd', async () => {
    const voor = bestanden(regio);
    expect((await stel(regio, ['2025-Q4', '--herzien', 'nog eens'])).fout).toEqual([`--herzien: de rapportage van 2025-Q4 is gelijk aan de vastgestelde versie 2; er is niets te herzien. ${NIETS}`]);
    expect(bestanden(regio)).toEqual(voor);
  });
});
