// /partijen/ and /verantwoording/ as plain data: the scheme's required elements and their
// coverage, the recommendations, the budget per line, and the parties with their joining figures.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import type { Monitor } from '../../src/lib/model.ts';
import { REGELING_DECLARATIES, elementGeldt, isSectorspecifiek } from '../../src/lib/regelingen.ts';
import { THEMAS } from '../../src/lib/thema-vocabulaire.ts';
import { REGELINGEN } from '../../src/lib/types.ts';
import { verantwoordingData } from '../../src/lib/paginas/verantwoording.ts';
import { partijenData } from '../../src/lib/paginas/partijen.ts';
import { budgetData } from '../../src/lib/paginas/budget.ts';
import { regioKopieerder } from '../helpers/regio-kopie.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const laad = (dir: string): Monitor => {
  const { monitor, problems } = loadMonitor(dir, 'publicatie');
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  return monitor!;
};
const spaties = <T>(data: T): T => JSON.parse(JSON.stringify(data).replace(/\u00a0/g, ' ')) as T;
const klein = laad(join(FIXTURES, 'regio-klein'));
const zes = laad(join(FIXTURES, 'regio-zes-lijnen'));
const voorbeeld = laad(ROOT);

const werkmap = mkdtempSync(join(tmpdir(), 'verantwoording-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));
const kopie = regioKopieerder(werkmap);

const dekking = (m: Monitor) => Object.fromEntries(verantwoordingData(m).elementen.map((e) => [e.thema, e.gedekt]));

describe('the schemes’ required elements', () => {
  it('declares every scheme, each element once, each with a fixed theme', () => {
    for (const slug of REGELINGEN) {
      const r = REGELING_DECLARATIES[slug];
      expect(r.slug).toBe(slug);
      const themas = r.elementen.map((e) => e.thema);
      expect(new Set(themas).size).toBe(themas.length);
      for (const t of themas) expect(THEMAS).toContain(t);
      // A conditional element says when it applies.
      for (const e of r.elementen) expect(e.voorwaarde.soort === 'altijd').toBe(e.wanneer === undefined);
    }
  });

  it('2024 (art. 9): invalpool and sectoroverstijgend are conditional; 2025 (art. 8) adds peer review, (v)so and tekortvakken', () => {
    const conditioneel = (slug: (typeof REGELINGEN)[number]) => REGELING_DECLARATIES[slug].elementen.filter((e) => e.voorwaarde.soort !== 'altijd').map((e) => [e.thema, e.voorwaarde]);
    expect(conditioneel('onderwijsregio-2024')).toEqual([
      ['invalpool', { soort: 'als-de-regio-het-doet' }],
      ['sectoroverstijgend', { soort: 'sectorspecifiek' }],
    ]);
    expect(conditioneel('landelijk-dekkend-netwerk-2025')).toEqual([
      ['sectoroverstijgend', { soort: 'sectorspecifiek' }],
      ['peer-review', { soort: 'als-de-regio-het-doet' }],
      ['speciaal-onderwijs', { soort: 'sector', sectoren: ['po'] }],
      ['tekortvakken', { soort: 'sector', sectoren: ['vo'] }],
    ]);
    // In 2025 the supra-board deployment (invalpool) is always required.
    expect(REGELING_DECLARATIES['landelijk-dekkend-netwerk-2025'].elementen.find((e) => e.thema === 'invalpool')!.voorwaarde).toEqual({ soort: 'altijd' });
  });

  it('calls a region sector-specific unless it spans primary, secondary and mbo', () => {
    expect(isSectorspecifiek(['vo', 'mbo'])).toBe(true);
    expect(isSectorspecifiek(['po', 'so'])).toBe(true);
    expect(isSectorspecifiek(['so', 'vo', 'mbo'])).toBe(false);
    expect(isSectorspecifiek(['po', 'vso', 'mbo'])).toBe(false);
  });

  it('applies (v)so only to a region with po and tekortvakken only to a region with vo', () => {
    const [so, tekort] = (['speciaal-onderwijs', 'tekortvakken'] as const).map((t) => REGELING_DECLARATIES['landelijk-dekkend-netwerk-2025'].elementen.find((e) => e.thema === t)!);
    const geen = new Set<string>();
    expect([elementGeldt(so, ['po'], geen), elementGeldt(so, ['vo', 'mbo'], geen)]).toEqual([true, false]);
    expect([elementGeldt(tekort, ['vo'], geen), elementGeldt(tekort, ['po', 'so'], geen)]).toEqual([true, false]);
  });
});

describe('verantwoordingData', () => {
  it('a po/so region under landelijk-dekkend-netwerk-2025: covered, uncovered and not applicable elements', () => {
    const v = verantwoordingData(zes);
    expect(v.regeling).toEqual({ naam: 'Landelijk dekkend netwerk onderwijsregio’s', artikel: 'artikel 8' });
    expect(dekking(zes)).toEqual({
      werven: 'ja', matchen: 'ja', opleiden: 'ja', begeleiden: 'ja', professionaliseren: 'ja', 'samen-opleiden': 'ja',
      starters: 'ja', invalpool: 'ja', aansluiting: 'nee', monitoring: 'nee', loket: 'ja', governance: 'nee',
      sectoroverstijgend: 'ja', 'peer-review': 'ja', 'speciaal-onderwijs': 'ja', tekortvakken: 'nvt',
    });
    expect(v.samenvatting).toBe('12 van de 15 onderdelen die voor deze regio gelden, hebben minstens één doel.');
    expect(v.nietGedekt).toEqual([
      { thema: 'aansluiting', titel: 'Aansluiting van alle besturen' },
      { thema: 'monitoring', titel: 'Voortgang volgen' },
      { thema: 'governance', titel: 'Organisatie en bestuur' },
    ]);
    const so = v.elementen.find((e) => e.thema === 'speciaal-onderwijs')!;
    expect(so).toMatchObject({ titel: 'Speciaal onderwijs', dekking: 'gedekt', uitleg: '2 doelen met dit thema.', wanneer: 'Alleen voor een regio met primair onderwijs.' });
    expect(so.doelen.map((d) => [d.id, d.status])).toEqual(zes.doelen.filter((d) => d.themas.includes('speciaal-onderwijs')).map((d) => [d.id, d.status.status]));
    expect(so.doelen.map((d) => d.id)).toEqual(['zij-instroom-vergroten', 'verzuim-omlaag']);
    expect(v.elementen.find((e) => e.thema === 'tekortvakken')).toMatchObject({ dekking: 'niet van toepassing', uitleg: 'Het onderdeel geldt niet voor deze regio.', doelen: [] });
    expect(v.elementen.find((e) => e.thema === 'governance')).toMatchObject({ dekking: 'niet gedekt', uitleg: 'Geen enkel doel heeft dit thema.', doelen: [] });
  });

  it('a vo/mbo region under onderwijsregio-2024: a conditional element the region does not take up is not applicable', () => {
    expect(verantwoordingData(klein).regeling.artikel).toBe('artikel 9');
    expect(dekking(klein)).toMatchObject({ werven: 'ja', matchen: 'nee', invalpool: 'nvt', sectoroverstijgend: 'nee' });
    expect(verantwoordingData(klein).elementen.find((e) => e.thema === 'invalpool')).toMatchObject({ uitleg: 'Geen doel heeft dit thema, en het onderdeel is alleen nodig in de situatie hieronder.' });
    // The example region covers every element of its scheme.
    expect(Object.values(dekking(voorbeeld)).every((g) => g === 'ja')).toBe(true);
  });

  it('lists every recommendation with its follow-up and status word, also one tied to no goal', () => {
    const a = verantwoordingData(zes).aanbevelingen;
    expect(a.map((r) => r.id)).toEqual(['re-2025-01', 're-2025-02', 're-2025-03', 're-2025-04']);
    expect(a[1]).toEqual({
      id: 're-2025-02', aanbeveling: 'Betrek kleine besturen en éénpitters actief bij het partnerschap.', opvolging: 'Kern-schilconstructie in uitwerking.',
      status: 'in-uitvoering', statusTekst: 'in uitvoering',
      doelen: [{ id: 'iedereen-op-opleidingsschool', titel: zes.doelen.find((d) => d.id === 'iedereen-op-opleidingsschool')!.titel }, { id: 'schoolleiders-samen-opleiden', titel: zes.doelen.find((d) => d.id === 'schoolleiders-samen-opleiden')!.titel }],
    });
    expect(a[2].opvolging).toBeUndefined();
    expect(a[3]).toMatchObject({ status: 'open', statusTekst: 'open', doelen: [] });
  });

  it('gives the budget of the region and of each line, as the budget table computes it (years not begun out of the totals)', () => {
    const b = verantwoordingData(zes).budget;
    expect(b.regio).toEqual(budgetData(zes));
    expect(b.lijnen).toEqual(zes.lijnen.map((l) => ({ id: l.id, titel: l.titel, budget: budgetData(zes, l.id) })));
    expect(spaties(b.regio.totaal)).toEqual({ label: 'Totaal tot en met 2025', begroot: '€ 817.750', uitgegeven: '€ 548.581,35', deel: '67%' });
    expect(b.regio.rijen.map((r) => [r.jaar, r.deel])).toEqual([[2025, '67%'], [2026, 'nog niet begonnen']]);
  });
});

describe('partijenData', () => {
  it('groups the parties by kind, joined first, with sector, status word and since when', () => {
    const p = partijenData(zes);
    expect(p.aantal).toBe(10);
    expect(p.groepen.map((g) => [g.titel, g.samenvatting])).toEqual([
      ['Schoolbesturen', '4 van de 6 aangesloten'],
      ['Mbo-instellingen', '1 van de 1 aangesloten'],
      ['Lerarenopleidingen', '1 van de 1 aangesloten'],
      ['Gemeenten', '1 van de 1 aangesloten'],
      ['Kinderopvang', '0 van de 1 aangesloten'],
    ]);
    expect(p.groepen[0].partijen.map((r) => [r.naam, r.statusTekst, r.sinds ?? null, r.sectoren])).toEqual([
      ['Stichting Katholiek Onderwijs De Waard', 'aangesloten', '15 januari 2025', 'po'],
      ['Stichting Openbaar Primair Onderwijs Lindewaard', 'aangesloten', '15 januari 2025', 'po'],
      ['Stichting Speciaal Onderwijs Het Baken', 'aangesloten', '12 juni 2025', 'so'],
      ['Vereniging Christelijk Onderwijs Polderkust', 'aangesloten', '20 maart 2025', 'po, so'],
      ['Coöperatie Kindcentra Veenoord', 'in gesprek', null, 'po'],
      ['Stichting Éénpitter De Regenboog', 'niet aangesloten', null, 'po'],
    ]);
    expect(p.sectorUitleg).toEqual([{ afkorting: 'po', naam: 'primair onderwijs' }, { afkorting: 'so', naam: 'speciaal onderwijs' }]);
  });

  it('counts the joined boards and teacher-training institutes against the aim that all join', () => {
    expect(partijenData(voorbeeld).aansluiting.map((a) => [a.soort, a.aangesloten, a.totaal, a.deel, a.zin, a.allemaal])).toEqual([
      ['schoolbestuur', 10, 11, '91%', '10 van de 11 schoolbesturen in de lijst zijn aangesloten.', false],
      ['mbo-instelling', 4, 4, '100%', '4 van de 4 mbo-instellingen in de lijst zijn aangesloten.', true],
      ['lerarenopleiding', 5, 6, '83%', '5 van de 6 lerarenopleidingen in de lijst zijn aangesloten.', false],
    ]);
    expect(partijenData(voorbeeld).aansluiting.map((a) => [a.wat, a.tegenDoel])).toEqual([
      ['schoolbesturen aangesloten', 'Dat is 91%. De regeling vraagt 100%. Nog niet aangesloten: 1 (in gesprek: 1).'],
      ['mbo-instellingen aangesloten', 'Het doel van de regeling is gehaald: iedereen doet mee.'],
      ['lerarenopleidingen aangesloten', 'Dat is 83%. De regeling vraagt 100%. Nog niet aangesloten: 1.'],
    ]);
    expect(partijenData(klein).aansluiting).toEqual([{
      soort: 'schoolbestuur', naam: 'schoolbestuur', aangesloten: 1, totaal: 1, deel: '100%', zin: 'Het schoolbestuur in de lijst is aangesloten.', allemaal: true,
      wat: 'schoolbestuur aangesloten', tegenDoel: 'Het doel van de regeling is gehaald: iedereen doet mee.',
    }]);
  });

  it('reads the names of a Windows-1252 partijen.csv right (Excel’s "CSV (puntkomma)")', () => {
    const regio = kopie('cp1252', (r) => {
      const tekst = 'naam;soort;sectoren;status;sinds;partnerschap\r\nStichting Ömnes;schoolbestuur;vo;aangesloten;2024;Opleidingsschool Één\r\nCafé Lerarenopleiding Zuid;lerarenopleiding;vo;in-gesprek;2025-Q3;\r\n';
      writeFileSync(join(r, 'data/partijen.csv'), Buffer.from(tekst, 'latin1'));
    });
    // The file really is single-byte: Ö is 0xD6, not UTF-8's two bytes.
    expect([...readFileSync(join(regio, 'data/partijen.csv'))]).toContain(0xd6);
    const { monitor, problems } = loadMonitor(regio, 'publicatie');
    expect(problems.map((p) => `${p.file}: ${p.severity}: ${p.message}`)).toEqual([
      'data/partijen.csv: waarschuwing: het bestand is geen UTF-8 en is gelezen als Windows-1252; sla het in Excel op als "CSV UTF-8" om tekens als ë en € zeker goed te krijgen',
    ]);
    const p = partijenData(monitor!);
    expect(p.groepen.flatMap((g) => g.partijen.map((r) => [r.naam, r.sinds, r.partnerschap ?? null]))).toEqual([
      ['Stichting Ömnes', '2024', 'Opleidingsschool Één'],
      ['Café Lerarenopleiding Zuid', '3e kwartaal 2025', null],
    ]);
  });
});
