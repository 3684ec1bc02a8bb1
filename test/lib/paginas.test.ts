// What each page type shows, as plain data (src/lib/paginas): pages only render these.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import { doelStatusIn, indicatorIn, type Monitor } from '../../src/lib/model.ts';
import { homeData, kwartalenData, vastgesteldeKwartalen } from '../../src/lib/paginas/home.ts';
import { lijnData, lijnenData } from '../../src/lib/paginas/lijn.ts';
import { doelData } from '../../src/lib/paginas/doel.ts';
import { actueelRapport, gemetenTekst, kwartaalData, looptIn } from '../../src/lib/paginas/kwartaal.ts';
import { budgetData } from '../../src/lib/paginas/budget.ts';
import { toegankelijkheidData } from '../../src/lib/paginas/toegankelijkheid.ts';
import { doelStatusData, grafiekData } from '../../src/lib/paginas/componenten.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const laad = (naam: string, modus: 'publicatie' | 'voorbeeld' = 'publicatie'): Monitor => {
  const { monitor, problems } = loadMonitor(join(FIXTURES, naam), modus);
  expect(problems.filter((p) => p.severity === 'fout')).toEqual([]);
  return monitor!;
};
/** Intl writes `€` with a no-break space; the expectations here are easier to read with a plain one. */
const spaties = <T>(data: T): T => JSON.parse(JSON.stringify(data).replace(/\u00a0/g, ' ')) as T;
const klein = laad('regio-klein');
const zes = laad('regio-zes-lijnen');

describe('homeData', () => {
  it('counts goals per status, per line, and the new measurements per goal', () => {
    const home = homeData(klein);
    expect(home.kwartaal?.kwartaal).toBe('2025-Q4');
    expect(home.aantalDoelen).toBe(3);
    // Worst first, in the order of the status vocabulary.
    expect(home.telling).toEqual([{ status: 'aandacht', aantal: 2 }, { status: 'op-koers', aantal: 1 }]);
    expect(home.lijnen.map((l) => [l.id, l.doelenTekst, l.telling])).toEqual([
      ['werven', '1 doel', [{ status: 'aandacht', aantal: 1 }]],
      ['behouden', '2 doelen', [{ status: 'aandacht', aantal: 1 }, { status: 'op-koers', aantal: 1 }]],
    ]);
    expect(home.veranderingen).toEqual([{ doel: 'netwerk', titel: 'Een levend netwerk van begeleiders', van: 'niet-beoordeeld', naar: 'op-koers' }]);
    expect(home.nieuweMetingen).toEqual({
      aantal: 2,
      perDoel: [
        { doel: 'meer-instroom', titel: 'Meer instroom in de opleidingen', tekst: '1 meting' },
        { doel: 'starters-blijven', titel: 'Starters blijven in het onderwijs', tekst: '1 meting' },
      ],
    });
    expect(home.kerncijfers.rijen.map((k) => k.waarde)).toEqual(['12.345 leerlingen']);
  });

  it('lists reports newest first, and the feed only approved ones', () => {
    const voorbeeld = laad('regio-zes-lijnen', 'voorbeeld');
    expect(kwartalenData(voorbeeld).map((k) => k.kwartaal)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(vastgesteldeKwartalen(voorbeeld).map((k) => k.kwartaal)).toEqual(['2025-Q4', '2025-Q3']);
  });
});

describe('lijnData and lijnenData', () => {
  it('gives the goals, the activities with their period and latest progress, and the budget of one line', () => {
    const lijn = lijnData(klein, 'werven');
    expect(lijn.doelen.map((d) => d.id)).toEqual(['meer-instroom']);
    expect(lijn.activiteiten).toEqual([{
      id: 'open-dagen', wat: 'Gezamenlijke open dagen', wie: 'lerarenopleidingen', wanneer: '1e kwartaal 2025 tot en met 4e kwartaal 2026',
      laatste: { kwartaal: '2025-Q4', status: 'lopend', toelichting: 'Twee open dagen gehouden.' },
      doel: { id: 'meer-instroom', titel: 'Meer instroom in de opleidingen' },
    }]);
    expect(spaties(lijn.budget.rijen)).toEqual([{ jaar: 2025, begroot: '€ 100.000', uitgegeven: '€ 12.500,50', deel: '13%', nogNietBegonnen: false }]);
    expect(lijnenData(zes).aantal).toBe(6);
  });

  it('names an activity without an end as running from its start', () => {
    expect(lijnData(zes, 'werven').activiteiten.find((a) => a.id === 'gastlessen-vo')?.wanneer).toBe('vanaf het 1e kwartaal 2025');
  });

  it('refuses a line that does not exist', () => {
    expect(() => lijnData(klein, 'bestaat-niet')).toThrow('lijn "bestaat-niet" bestaat niet');
  });
});

describe('doelData', () => {
  it('gives the history newest first, linking only quarters with a published report', () => {
    const doel = doelData(klein, 'meer-instroom');
    expect(doel.historie.map((h) => [h.status.kwartaal, h.rapport])).toEqual([['2025-Q4', true], ['2025-Q3', false]]);
    expect(doel.aanbevelingen.map((a) => a.id)).toEqual(['meer-data']);
    expect(doel.bronnen).toEqual(['Opleidingen']);
    expect(doel.activiteiten.map((a) => a.id)).toEqual(['open-dagen']);
  });
});

describe('kwartaalData: the PDCA sections as of the report’s quarter', () => {
  const q3 = kwartaalData(zes, '2025-Q3');
  const lijn = (id: string) => q3.lijnen.find((l) => l.id === id)!;

  it('plans the goals and the activities that run in the quarter', () => {
    expect(lijn('matchen').plan).toEqual({
      doelen: [{ id: 'vacatures-sneller-vervuld', titel: 'Vacatures sneller en bovenschools vervuld' }],
      activiteiten: [
        { id: 'invalpool-uitbreiden', wat: 'Invalpool uitbreiden naar het speciaal onderwijs', wie: 'coördinator invalpool', wanneer: '1e kwartaal 2025 tot en met 4e kwartaal 2025' },
        { id: 'mobiliteitsafspraken', wat: 'Afspraken over interne mobiliteit tussen besturen', wie: 'bestuurlijk overleg', wanneer: '3e kwartaal 2025 tot en met 1e kwartaal 2026' },
      ],
    });
  });

  it('reports progress of that quarter only, and says when none was reported', () => {
    expect(lijn('matchen').do).toEqual([
      { id: 'invalpool-uitbreiden', wat: 'Invalpool uitbreiden naar het speciaal onderwijs', status: 'lopend', toelichting: null },
      { id: 'mobiliteitsafspraken', wat: 'Afspraken over interne mobiliteit tussen besturen', status: null, toelichting: null },
    ]);
    expect(lijn('innovatie').do.find((a) => a.id === 'onderwijscafe')).toMatchObject({ status: 'gestopt' });
    expect(kwartaalData(zes, '2025-Q4').lijnen.find((l) => l.id === 'innovatie')!.do.find((a) => a.id === 'onderwijscafe')).toMatchObject({ status: 'lopend' });
  });

  it('checks each goal as of the quarter, and lists only recorded corrections', () => {
    // The six-line region's 2025-Q3 is frozen: today's data are compared here (the snapshot's
    // own values are tested in test/cli/vaststellen.test.ts and test/site/momentopnamen.test.ts).
    for (const l of actueelRapport(zes, '2025-Q3').lijnen) {
      for (const c of l.check) {
        const status = doelStatusIn(zes.doelen.find((d) => d.id === c.id)!, '2025-Q3');
        expect(status.kwartaal).toBe('2025-Q3');
        expect({ status: c.status, uitleg: c.uitleg, indicatoren: c.indicatoren.map((i) => [i.id, i.status, i.uitleg]) })
          .toEqual({ status: status.status, uitleg: status.uitleg, indicatoren: status.indicatoren.map((i) => [i.indicator, i.status, i.uitleg]) });
      }
    }
    expect(lijn('opleiden').act.map((a) => a.bijsturing)).toEqual(['Geen bijsturing nodig.', 'Bestuurlijk overleg neemt in oktober een besluit.']);
    expect(lijn('werven').act).toEqual([]);
    expect(q3.titel).toBe('Derde kwartaal 2025');
    const zonderTitel = { ...klein, kwartalen: klein.kwartalen.map((k) => ({ ...k, titel: undefined })) };
    expect(kwartaalData(zonderTitel, '2025-Q4').titel).toBe('Kwartaalrapportage 4e kwartaal 2025');
    expect(kwartaalData(zes, '2025-Q4').vaststelling).toBe('Vastgesteld door het bestuurlijk platform op 21 januari 2026.');
    expect(kwartaalData(laad('regio-zes-lijnen', 'voorbeeld'), '2026-Q1').vaststelling).toBe('Concept: nog niet vastgesteld.');
  });

  it('decides whether an activity runs in a quarter from its start and end', () => {
    expect(looptIn({ start: '2025-Q1', eind: '2025-Q4' }, '2025-Q4')).toBe(true);
    expect(looptIn({ start: '2025-Q1', eind: '2025-Q4' }, '2026-Q1')).toBe(false);
    expect(looptIn({ start: '2025-Q3' }, '2025-Q2')).toBe(false);
    expect(looptIn({}, '2030-Q1')).toBe(true);
    expect(kwartaalData(zes, '2025-Q4').lijnen.find((l) => l.id === 'matchen')!.plan.activiteiten.map((a) => a.id)).toEqual(['invalpool-uitbreiden', 'mobiliteitsafspraken']);
  });
});

describe('budgetData', () => {
  it('shows a year still to come as not begun, not as 0% spent, and leaves it out of the totals', () => {
    // Current quarter 2025-Q4; werven has budget for 2025 and 2026.
    expect(spaties(budgetData(zes, 'werven'))).toEqual({
      rijen: [
        { jaar: 2025, begroot: '€ 185.000', uitgegeven: '€ 157.095,85', deel: '85%', nogNietBegonnen: false },
        { jaar: 2026, begroot: '€ 150.000', uitgegeven: '–', deel: 'nog niet begonnen', nogNietBegonnen: true },
      ],
      totaal: { label: 'Totaal tot en met 2025', begroot: '€ 185.000', uitgegeven: '€ 157.095,85', deel: '85%' },
      later: { periode: '2026', begroot: '€ 150.000', uitleg: 'Het totaal telt alleen de jaren die al begonnen zijn. Voor 2026 is € 150.000 begroot; dat jaar is nog niet begonnen.' },
    });
  });

  it('names the span of several years not begun, and counts the current year as begun', () => {
    // The example region: current quarter 2026-Q3, budget for 2025 to 2027.
    const voorbeeld = loadMonitor(ROOT, 'publicatie').monitor!;
    const b = spaties(budgetData({ ...voorbeeld, huidigKwartaal: '2025-Q2' }));
    expect(b.rijen.map((r) => [r.jaar, r.deel])).toEqual([[2025, b.rijen[0].deel], [2026, 'nog niet begonnen'], [2027, 'nog niet begonnen']]);
    expect(b.rijen[0].deel).toMatch(/^\d+%$/);
    expect(b.totaal.label).toBe('Totaal tot en met 2025');
    expect(b.later).toMatchObject({ periode: '2026 tot en met 2027', begroot: '€ 3.520.000' });
    expect(b.later!.uitleg).toContain('die jaren zijn nog niet begonnen');
  });

  it('adds up all lines when no line is named', () => {
    expect(spaties(budgetData(zes).rijen[0])).toEqual({ jaar: 2025, begroot: '€ 817.750', uitgegeven: '€ 548.581,35', deel: '67%', nogNietBegonnen: false });
  });

  it('shows a dash for spending in a year without budget', () => {
    const zonder = { ...klein, lijnen: klein.lijnen.map((l) => ({ ...l, begroting: [] })) };
    expect(spaties(budgetData(zonder, 'werven'))).toEqual({ rijen: [{ jaar: 2025, begroot: '–', uitgegeven: '€ 12.500,50', deel: '–', nogNietBegonnen: false }], totaal: { label: 'Totaal', begroot: '€ 0', uitgegeven: '€ 12.500,50', deel: '–' } });
  });
});

describe('toegankelijkheidData', () => {
  it('gives the declared status with its meaning and date, and the contact as a link', () => {
    expect(toegankelijkheidData(zes)).toEqual({
      regioNaam: 'Onderwijsregio Lindewaard',
      verklaring: { status: 'C', betekenis: 'eerste maatregelen genomen', vastgesteld: '3 november 2025' },
      contact: { tekst: 'info@onderwijsregio-lindewaard.example', href: 'mailto:info@onderwijsregio-lindewaard.example' },
    });
    expect(toegankelijkheidData(klein).verklaring).toBeUndefined();
  });
});

describe('MDX components as of the page’s quarter', () => {
  it('<IndicatorGrafiek> in an older report shows the data and status of that quarter', () => {
    const toen = grafiekData(zes, 'aanmeldingen-pabo', '2025-Q3');
    expect(toen.indicator.status).toMatchObject({ kwartaal: '2025-Q3', status: 'op-koers', laatste: { kwartaal: '2025-Q3', waarde: 1431 } });
    expect(toen.weergave.rijen.find((r) => r.kwartaal === '2025-Q4')?.waarde).toBe('–');
    expect(toen.weergave.samenvatting).toContain('de laatste meting is 1.431 in het 3e kwartaal 2025');
    const nu = grafiekData(zes, 'aanmeldingen-pabo');
    expect(nu.indicator.status.kwartaal).toBe('2025-Q4');
    expect(nu.weergave.rijen.find((r) => r.kwartaal === '2025-Q4')?.waarde).toBe('1.523');
    expect(nu.eerste).toBe('2024-Q3');
    expect(nu.laatste).toBe('2026-Q3');
  });

  it('the current quarter (or a later concept) uses the model’s own view', () => {
    const indicator = zes.doelen.flatMap((d) => d.indicatoren).find((i) => i.id === 'aanmeldingen-pabo')!;
    expect(indicatorIn(zes, indicator, '2025-Q4')).toBe(indicator);
    expect(indicatorIn(zes, indicator, '2026-Q1')).toBe(indicator);
  });

  it('<DoelStatus> shows the status of the page’s quarter', () => {
    expect(doelStatusData(zes, 'schoolleiders-samen-opleiden', '2025-Q3').status).toMatchObject({ kwartaal: '2025-Q3', status: 'aandacht' });
    expect(doelStatusData(zes, 'schoolleiders-samen-opleiden').status).toMatchObject({ kwartaal: '2025-Q4', status: 'op-koers' });
  });

  it('refuses an unknown id with the component’s own message', () => {
    expect(() => grafiekData(zes, 'bestaat-niet')).toThrow('<IndicatorGrafiek indicator="bestaat-niet" />: indicator "bestaat-niet" bestaat niet in data/indicatoren.csv');
    expect(() => doelStatusData(zes, 'bestaat-niet')).toThrow('<DoelStatus doel="bestaat-niet" />: doel "bestaat-niet" bestaat niet in data/doelen.csv');
  });
});

describe('gemetenTekst: when a report shows an older measurement', () => {
  it('names the measuring quarter in words only when it is not the report’s own', () => {
    expect(gemetenTekst('2025-Q2', '2025-Q3')).toBe(' (gemeten in het 2e kwartaal 2025)');
    expect(gemetenTekst('2025-Q3', '2025-Q3')).toBe('');
    expect(gemetenTekst(null, '2025-Q3')).toBe('');
  });
});
