import { describe, expect, it } from 'vitest';
import {
  decimalenVan,
  doelBeslissing,
  doelStatus,
  doelUitleg,
  ergsteStatus,
  indicatorBeslissing,
  indicatorStatus,
  indicatorUitleg,
  tolerantieMarge,
  verwachteWaarde,
} from '../../src/lib/status.ts';
import type { StatusOpties } from '../../src/lib/status.ts';
import { DOEL_STATUSSEN } from '../../src/lib/status-vocabulaire.ts';
import type { Beoordeling, Doel, Indicator, Kwartaal, Meting, Status } from '../../src/lib/types.ts';

const source = { file: 'x', line: 1 };
const OPTIES: StatusOpties = { tolerantie: 0.1, kleineAantallen: 5 };

// Default: 40 persons in 2024-Q4 to 80 in 2026-Q4, 5 per quarter; 70 expected in 2026-Q2, margin 4.
function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind',
    doel: 'doel',
    naam: 'Zij-instromers',
    eenheid: 'personen',
    richting: 'hoger',
    nulmeting: 40,
    nulmetingKwartaal: '2024-Q4',
    streefwaarde: 80,
    streefKwartaal: '2026-Q4',
    source,
    ...over,
  };
}

function meting(kwartaal: Kwartaal, waarde: number | null, over: Partial<Meting> = {}): Meting {
  return { indicator: 'ind', kwartaal, waarde, voorlopig: false, source, ...over };
}

function doel(over: Partial<Doel> = {}): Doel {
  return { id: 'doel', lijn: 'lijn', titel: 'Meer zij-instromers', soort: 'meetbaar', themas: [], source, ...over };
}

function beoordeling(over: Partial<Beoordeling> = {}): Beoordeling {
  return { doel: 'doel', kwartaal: '2026-Q2', source, ...over };
}

/** Status of one measurement in 2026-Q2, as of 2026-Q2. */
function statusVan(waarde: number, over: Partial<Indicator> = {}, opties: StatusOpties = OPTIES): Status {
  return indicatorStatus(indicator(over), [meting('2026-Q2', waarde)], '2026-Q2', opties).status;
}

describe('verwachteWaarde', () => {
  const ind = indicator();

  it('is the nulmeting at its quarter and the streefwaarde at its quarter', () => {
    expect(verwachteWaarde(ind, '2024-Q4')).toBe(40);
    expect(verwachteWaarde(ind, '2026-Q4')).toBe(80);
  });

  it('is linear in the quarter index, across year boundaries', () => {
    expect(verwachteWaarde(ind, '2025-Q1')).toBe(45);
    expect(verwachteWaarde(ind, '2025-Q4')).toBe(60);
    expect(verwachteWaarde(ind, '2026-Q2')).toBe(70);
  });

  it('is the nulmeting before its quarter and the streefwaarde after its quarter', () => {
    expect(verwachteWaarde(ind, '2023-Q1')).toBe(40);
    expect(verwachteWaarde(ind, '2024-Q3')).toBe(40);
    expect(verwachteWaarde(ind, '2027-Q1')).toBe(80);
    expect(verwachteWaarde(ind, '2030-Q4')).toBe(80);
  });

  it('works for a falling path', () => {
    const lager = indicator({ richting: 'lager', nulmeting: 12, streefwaarde: 8 });
    expect(verwachteWaarde(lager, '2026-Q2')).toBe(9);
  });

  it('is flat when target equals baseline, also when both quarters coincide', () => {
    expect(verwachteWaarde(indicator({ nulmeting: 50, streefwaarde: 50 }), '2025-Q3')).toBe(50);
    const zelfdeKwartaal = indicator({ nulmetingKwartaal: '2025-Q1', streefKwartaal: '2025-Q1' });
    expect(verwachteWaarde(zelfdeKwartaal, '2024-Q4')).toBe(40);
    expect(verwachteWaarde(zelfdeKwartaal, '2025-Q1')).toBe(80);
  });
});

describe('tolerantieMarge', () => {
  it('is tolerantie × |target − baseline|', () => {
    expect(tolerantieMarge(indicator(), 0.1)).toBe(4);
    expect(tolerantieMarge(indicator({ nulmeting: 12, streefwaarde: 8 }), 0.1)).toBeCloseTo(0.4, 12);
  });

  it('uses |target| when target = baseline, and 1 when that is 0 too', () => {
    expect(tolerantieMarge(indicator({ nulmeting: -50, streefwaarde: -50 }), 0.1)).toBe(5);
    expect(tolerantieMarge(indicator({ nulmeting: 0, streefwaarde: 0 }), 0.1)).toBe(0.1);
  });
});

describe('indicatorStatus, direction hoger', () => {
  it('is op koers exactly on the path', () => {
    const r = indicatorStatus(indicator(), [meting('2026-Q2', 70)], '2026-Q2', OPTIES);
    expect(r.status).toBe('op-koers');
    expect(r.verwacht).toBe(70);
    expect(r.laatste).toEqual({ kwartaal: '2026-Q2', waarde: 70, voorlopig: false });
    expect(r.indicator).toBe('ind');
    expect(r.kwartaal).toBe('2026-Q2');
    expect(r.uitleg).toBe('Gemeten in het 2e kwartaal 2026: 70 personen. Dat is op het traject. De streefwaarde is 80 personen in het 4e kwartaal 2026.');
  });

  it('is op koers just ahead of the path and aandacht just behind', () => {
    expect(statusVan(70.1)).toBe('op-koers');
    expect(statusVan(69.9)).toBe('aandacht');
  });

  it('is aandacht exactly at the tolerance and achter just beyond', () => {
    expect(statusVan(66)).toBe('aandacht');
    expect(statusVan(65.9)).toBe('achter');
  });

  it('is behaald at or above the target, even before the target quarter', () => {
    expect(statusVan(80)).toBe('behaald');
    expect(statusVan(84)).toBe('behaald');
    expect(statusVan(79.9)).toBe('op-koers');
  });

  it('explains each status with the numbers', () => {
    const uitleg = (waarde: number) => indicatorStatus(indicator(), [meting('2026-Q2', waarde)], '2026-Q2', OPTIES).uitleg;
    expect(uitleg(75)).toBe(
      'Gemeten in het 2e kwartaal 2026: 75 personen. Volgens het traject zou het 70 personen zijn. Dat is 5 personen voor op het traject. De streefwaarde is 80 personen in het 4e kwartaal 2026.',
    );
    expect(uitleg(66)).toBe(
      'Gemeten in het 2e kwartaal 2026: 66 personen. Volgens het traject zou het 70 personen zijn. Dat is 4 personen achter, net binnen de marge. De streefwaarde is 80 personen in het 4e kwartaal 2026.',
    );
    expect(uitleg(62)).toBe(
      'Gemeten in het 2e kwartaal 2026: 62 personen. Volgens het traject zou het 70 personen zijn. Dat is 8 personen achter, meer dan de marge van 4 personen. De streefwaarde is 80 personen in het 4e kwartaal 2026.',
    );
    expect(uitleg(84)).toBe('Gemeten in het 2e kwartaal 2026: 84 personen. De streefwaarde van 80 personen is bereikt.');
  });

  it('marks a provisional measurement', () => {
    const r = indicatorStatus(indicator(), [meting('2026-Q2', 62, { voorlopig: true })], '2026-Q2', OPTIES);
    expect(r.laatste?.voorlopig).toBe(true);
    expect(r.uitleg).toContain('Gemeten in het 2e kwartaal 2026: 62 personen (voorlopig).');
  });
});

describe('indicatorStatus, direction lager', () => {
  // 12% in 2024-Q4 to 8% in 2026-Q4: 9% expected in 2026-Q2, margin 0.4 procentpunt.
  const lager: Partial<Indicator> = { eenheid: 'percentage', richting: 'lager', nulmeting: 12, streefwaarde: 8 };

  it('is op koers on or below the path', () => {
    expect(statusVan(9, lager)).toBe('op-koers');
    expect(statusVan(8.5, lager)).toBe('op-koers');
  });

  it('is aandacht above the path within the tolerance, achter beyond', () => {
    expect(statusVan(9.2, lager)).toBe('aandacht');
    expect(statusVan(9.4, lager)).toBe('aandacht');
    expect(statusVan(9.5, lager)).toBe('achter');
  });

  it('is behaald at or below the target', () => {
    expect(statusVan(8, lager)).toBe('behaald');
    expect(statusVan(7.5, lager)).toBe('behaald');
    expect(statusVan(8.1, lager)).toBe('op-koers');
  });

  it('explains with procentpunt and aligned decimals', () => {
    const r = indicatorStatus(indicator(lager), [meting('2026-Q2', 9.5)], '2026-Q2', OPTIES);
    expect(r.uitleg).toBe(
      'Gemeten in het 2e kwartaal 2026: 9,5%. Volgens het traject zou het 9,0% zijn. Dat is 0,5 procentpunt achter, meer dan de marge van 0,4 procentpunt. De streefwaarde is 8,0% in het 4e kwartaal 2026.',
    );
    const voor = indicatorStatus(indicator(lager), [meting('2026-Q2', 8.5)], '2026-Q2', OPTIES);
    expect(voor.uitleg).toContain('0,5 procentpunt voor op het traject');
  });
});

describe('indicatorStatus, floating point', () => {
  it('is op koers when the value is exactly on a path that floats just above it (hoger)', () => {
    // 0.1 → 0.9 over four quarters: the path at 2025-Q2 computes as 0.30000000000000004.
    const ind = indicator({ eenheid: 'score', nulmeting: 0.1, nulmetingKwartaal: '2025-Q1', streefwaarde: 0.9, streefKwartaal: '2026-Q1' });
    expect(verwachteWaarde(ind, '2025-Q2')).toBeGreaterThan(0.3);
    expect(indicatorStatus(ind, [meting('2025-Q2', 0.3)], '2025-Q2', OPTIES).status).toBe('op-koers');
  });

  it('is op koers when the value is exactly on a path that floats just below it (lager)', () => {
    // 10.1 → 0.7 over eight quarters: the path at 2025-Q4 computes as 5.3999999999999995.
    const ind = indicator({ eenheid: 'percentage', richting: 'lager', nulmeting: 10.1, streefwaarde: 0.7 });
    expect(verwachteWaarde(ind, '2025-Q4')).toBeLessThan(5.4);
    expect(indicatorStatus(ind, [meting('2025-Q4', 5.4)], '2025-Q4', OPTIES).status).toBe('op-koers');
  });

  it('is aandacht when the gap equals the tolerance but computes just above it', () => {
    // 40 → 8 falling, margin 3.2; at 2025-Q1 the path is 36, and 39.2 − 36 = 3.200000000000003.
    const ind = indicator({ eenheid: 'aantal', richting: 'lager', nulmeting: 40, streefwaarde: 8 });
    expect(39.2 - 36).toBeGreaterThan(0.1 * 32);
    expect(indicatorStatus(ind, [meting('2025-Q1', 39.2)], '2025-Q1', OPTIES).status).toBe('aandacht');
    expect(indicatorStatus(ind, [meting('2025-Q1', 39.3)], '2025-Q1', OPTIES).status).toBe('achter');
  });
});

describe('indicatorStatus, target equals baseline', () => {
  it('uses tolerantie × |target| as the margin', () => {
    const gelijk: Partial<Indicator> = { eenheid: 'aantal', nulmeting: 50, streefwaarde: 50 };
    expect(statusVan(50, gelijk)).toBe('behaald');
    expect(statusVan(45, gelijk)).toBe('aandacht');
    expect(statusVan(44.9, gelijk)).toBe('achter');
    const lager: Partial<Indicator> = { ...gelijk, richting: 'lager' };
    expect(statusVan(55, lager)).toBe('aandacht');
    expect(statusVan(55.1, lager)).toBe('achter');
  });

  it('uses tolerantie × 1 when target and baseline are 0', () => {
    const nul: Partial<Indicator> = { eenheid: 'aantal', richting: 'lager', nulmeting: 0, streefwaarde: 0 };
    expect(statusVan(0, nul)).toBe('behaald');
    expect(statusVan(0.1, nul)).toBe('aandacht');
    expect(statusVan(0.2, nul)).toBe('achter');
    const hoger: Partial<Indicator> = { ...nul, richting: 'hoger' };
    expect(statusVan(-0.1, hoger)).toBe('aandacht');
    expect(statusVan(-0.2, hoger)).toBe('achter');
  });
});

describe('indicatorStatus, quarters outside the path', () => {
  it('expects the nulmeting before its quarter', () => {
    const r = indicatorStatus(indicator(), [meting('2024-Q3', 38)], '2024-Q4', OPTIES);
    expect(r.verwacht).toBe(40);
    expect(r.status).toBe('aandacht');
    expect(indicatorStatus(indicator(), [meting('2024-Q3', 40)], '2024-Q4', OPTIES).status).toBe('op-koers');
  });

  it('expects the streefwaarde after its quarter', () => {
    const r = indicatorStatus(indicator(), [meting('2027-Q2', 77)], '2027-Q2', OPTIES);
    expect(r.verwacht).toBe(80);
    expect(r.status).toBe('aandacht');
    expect(indicatorStatus(indicator(), [meting('2027-Q2', 75)], '2027-Q2', OPTIES).status).toBe('achter');
  });
});

describe('indicatorStatus, which measurements count', () => {
  it('is geen meting without measurements', () => {
    const r = indicatorStatus(indicator(), [], '2026-Q2', OPTIES);
    expect(r.status).toBe('geen-meting');
    expect(r.laatste).toBeUndefined();
    expect(r.verwacht).toBeUndefined();
    expect(r.uitleg).toBe('Er is nog geen meting. De nulmeting was 40 personen in het 4e kwartaal 2024. De streefwaarde is 80 personen in het 4e kwartaal 2026.');
  });

  it('ignores rows without a value', () => {
    const r = indicatorStatus(indicator(), [meting('2026-Q1', 65), meting('2026-Q2', null)], '2026-Q2', OPTIES);
    expect(r.laatste?.kwartaal).toBe('2026-Q1');
    expect(r.verwacht).toBe(65);
    expect(r.status).toBe('op-koers');
    expect(indicatorStatus(indicator(), [meting('2026-Q1', null), meting('2026-Q2', null)], '2026-Q2', OPTIES).status).toBe('geen-meting');
  });

  it('is geen actuele meting when the latest is older than the previous quarter, even when above target', () => {
    const r = indicatorStatus(indicator(), [meting('2025-Q3', 90)], '2026-Q2', OPTIES);
    expect(r.status).toBe('geen-actuele-meting');
    expect(r.laatste).toEqual({ kwartaal: '2025-Q3', waarde: 90, voorlopig: false });
    expect(r.uitleg).toBe('De laatste meting is van het 3e kwartaal 2025: 90 personen. Die is ouder dan het vorige kwartaal, het 1e kwartaal 2026.');
    expect(indicatorStatus(indicator(), [meting('2025-Q4', 62)], '2026-Q2', OPTIES).status).toBe('geen-actuele-meting');
  });

  it('counts a measurement in the previous quarter as current', () => {
    const r = indicatorStatus(indicator(), [meting('2026-Q1', 65)], '2026-Q2', OPTIES);
    expect(r.status).toBe('op-koers');
    expect(r.laatste?.kwartaal).toBe('2026-Q1');
    // Across a year boundary too.
    expect(indicatorStatus(indicator(), [meting('2025-Q4', 60)], '2026-Q1', OPTIES).status).toBe('op-koers');
  });

  it('ignores measurements after the as-of quarter', () => {
    const metingen = [meting('2026-Q2', 62), meting('2026-Q3', 90)];
    expect(indicatorStatus(indicator(), metingen, '2026-Q2', OPTIES).status).toBe('achter');
    expect(indicatorStatus(indicator(), metingen, '2026-Q3', OPTIES).status).toBe('behaald');
    expect(indicatorStatus(indicator(), [meting('2026-Q3', 90)], '2026-Q2', OPTIES).status).toBe('geen-meting');
  });

  it('ignores measurements of other indicators and takes the latest regardless of order', () => {
    const metingen = [meting('2026-Q2', 90, { indicator: 'ander' }), meting('2026-Q2', 62), meting('2026-Q1', 90)];
    const r = indicatorStatus(indicator(), metingen, '2026-Q2', OPTIES);
    expect(r.laatste?.waarde).toBe(62);
    expect(r.status).toBe('achter');
  });
});

describe('indicatorStatus, custom tolerantie', () => {
  it('widens or narrows the aandacht band', () => {
    const ruim = { ...OPTIES, tolerantie: 0.2 };
    expect(statusVan(62, {}, ruim)).toBe('aandacht');
    expect(statusVan(61.9, {}, ruim)).toBe('achter');
    const geen = { ...OPTIES, tolerantie: 0 };
    expect(statusVan(70, {}, geen)).toBe('op-koers');
    expect(statusVan(69.9, {}, geen)).toBe('achter');
  });
});

describe('indicatorStatus, small counts in the explanation', () => {
  // 0 in 2024-Q4 to 20 in 2026-Q4: 15 expected in 2026-Q2.
  const klein: Partial<Indicator> = { nulmeting: 0, streefwaarde: 20 };

  it('prints `< 5` instead of a small persons count, but uses the real value', () => {
    const r = indicatorStatus(indicator(klein), [meting('2026-Q2', 3)], '2026-Q2', OPTIES);
    expect(r.status).toBe('achter');
    expect(r.laatste?.waarde).toBe(3);
    expect(r.uitleg).toContain('< 5');
    expect(r.uitleg).not.toContain('3 personen');
    // The gap to the path (12) would reveal the value as well.
    expect(r.uitleg).not.toMatch(/\b12\b/);
  });

  it('prints the count when suppression is off', () => {
    const r = indicatorStatus(indicator(klein), [meting('2026-Q2', 3)], '2026-Q2', { ...OPTIES, kleineAantallen: 0 });
    expect(r.uitleg).toContain('3 personen');
    expect(r.uitleg).not.toContain('< 5');
  });

  it('suppresses in every kind of explanation', () => {
    const oud = indicatorStatus(indicator(klein), [meting('2025-Q1', 3)], '2026-Q2', OPTIES);
    expect(oud.status).toBe('geen-actuele-meting');
    expect(oud.uitleg).toBe('De laatste meting is van het 1e kwartaal 2025: < 5 personen. Die is ouder dan het vorige kwartaal, het 1e kwartaal 2026.');

    const behaald = indicatorStatus(indicator({ nulmeting: 0, streefwaarde: 4 }), [meting('2026-Q2', 4)], '2026-Q2', OPTIES);
    expect(behaald.status).toBe('behaald');
    expect(behaald.uitleg).toBe('Gemeten in het 2e kwartaal 2026: < 5 personen. De streefwaarde van < 5 personen is bereikt.');

    const geen = indicatorStatus(indicator({ nulmeting: 3 }), [], '2026-Q2', OPTIES);
    expect(geen.uitleg).toBe('Er is nog geen meting. De nulmeting was < 5 personen in het 4e kwartaal 2024. De streefwaarde is 80 personen in het 4e kwartaal 2026.');
  });

  it('says "net achter" when value and path read the same at the shown precision', () => {
    // 4 → 8 over 8 quarters: 7 expected in 2026-Q2; 6,98 shows as 7,0 at one decimal.
    const r = indicatorStatus(indicator({ eenheid: 'score', nulmeting: 4, streefwaarde: 8 }), [meting('2026-Q2', 6.98)], '2026-Q2', OPTIES, 1);
    expect(r.status).toBe('aandacht');
    expect(r.uitleg).toBe('Gemeten in het 2e kwartaal 2026: 7,0. Volgens het traject zou het 7,0 zijn. Dat is net achter op het traject. De streefwaarde is 8,0 in het 4e kwartaal 2026.');
  });

  it('does not print a path value that would reveal a suppressed nulmeting', () => {
    // 3 → 19 over 8 quarters: the path at 2026-Q2 is 15, from which 3 follows.
    const r = indicatorStatus(indicator({ nulmeting: 3, streefwaarde: 19 }), [meting('2026-Q2', 10)], '2026-Q2', OPTIES);
    expect(r.status).toBe('achter');
    expect(r.uitleg).toBe('Gemeten in het 2e kwartaal 2026: 10 personen. Dat is achter op het traject. De streefwaarde is 19 personen in het 4e kwartaal 2026.');
  });

  it('does not print a path value, gap or margin that would reveal a suppressed target', () => {
    // 20 → 2 (lager) over 8 quarters: the path at 2026-Q2 is 6,5, from which 2 follows; so
    // would the margin (1,8) and the gap to the path.
    const lager: Partial<Indicator> = { richting: 'lager', nulmeting: 20, streefwaarde: 2 };
    const achter = indicatorStatus(indicator(lager), [meting('2026-Q2', 12)], '2026-Q2', OPTIES);
    expect(achter.status).toBe('achter');
    expect(achter.uitleg).toBe('Gemeten in het 2e kwartaal 2026: 12 personen. Dat is achter op het traject. De streefwaarde is < 5 personen in het 4e kwartaal 2026.');
    const voor = indicatorStatus(indicator(lager), [meting('2026-Q2', 6)], '2026-Q2', OPTIES);
    expect(voor.status).toBe('op-koers');
    expect(voor.uitleg).toBe('Gemeten in het 2e kwartaal 2026: 6 personen. Dat is op het traject. De streefwaarde is < 5 personen in het 4e kwartaal 2026.');
    // The same sentences for every suppressed target that gives the same status.
    for (const streefwaarde of [1, 3, 4]) {
      expect(indicatorStatus(indicator({ ...lager, streefwaarde }), [meting('2026-Q2', 12)], '2026-Q2', OPTIES).uitleg).toBe(achter.uitleg);
    }
    // A published target and baseline: the sentence has the numbers again.
    expect(indicatorStatus(indicator({ ...lager, streefwaarde: 8 }), [meting('2026-Q2', 12)], '2026-Q2', OPTIES).uitleg).toBe(
      // Gap 1 and margin 1,2 both read "1 persoon" at the indicator's precision (whole persons).
      'Gemeten in het 2e kwartaal 2026: 12 personen. Volgens het traject zou het 11 personen zijn. Dat is 1 persoon achter, net binnen de marge. De streefwaarde is 8 personen in het 4e kwartaal 2026.',
    );
  });

  it('does not suppress other units', () => {
    const r = indicatorStatus(indicator({ ...klein, eenheid: 'aantal' }), [meting('2026-Q2', 3)], '2026-Q2', OPTIES);
    expect(r.uitleg).toContain('Gemeten in het 2e kwartaal 2026: 3.');
  });
});

describe('ergsteStatus', () => {
  const volgorde = DOEL_STATUSSEN.filter((b) => b.voorIndicator).map((b) => b.slug);

  it('orders the indicator statuses worst first, as PRODUCT.md says', () => {
    expect(volgorde).toEqual(['achter', 'aandacht', 'geen-actuele-meting', 'geen-meting', 'op-koers', 'behaald']);
  });

  it('picks the worse of every pair, in either order', () => {
    for (let i = 0; i < volgorde.length; i++) {
      for (let j = i + 1; j < volgorde.length; j++) {
        const [slechter, beter] = [volgorde[i], volgorde[j]];
        expect(ergsteStatus([slechter, beter])).toBe(slechter);
        expect(ergsteStatus([beter, slechter])).toBe(slechter);
      }
    }
  });

  it('handles one, many, empty and niet beoordeeld', () => {
    expect(ergsteStatus(['op-koers'])).toBe('op-koers');
    expect(ergsteStatus(['behaald', 'op-koers', 'geen-meting', 'behaald'])).toBe('geen-meting');
    expect(ergsteStatus([])).toBe('geen-meting');
    expect(ergsteStatus(['op-koers', 'niet-beoordeeld'])).toBe('niet-beoordeeld');
    expect(ergsteStatus(['geen-meting', 'niet-beoordeeld'])).toBe('geen-meting');
  });
});

describe('the decision apart from its sentence', () => {
  it('decides in plain values: status, last measurement, expected value, gap and margin', () => {
    const b = indicatorBeslissing(indicator(), [meting('2026-Q2', 67)], '2026-Q2', 0.1);
    expect(b).toEqual({
      indicator: 'ind',
      kwartaal: '2026-Q2',
      status: 'aandacht',
      laatste: { kwartaal: '2026-Q2', waarde: 67, voorlopig: false },
      verwacht: 70,
      achterstand: 3,
      marge: 4,
    });
    expect(indicatorBeslissing(indicator(), [], '2026-Q2', 0.1)).toEqual({ indicator: 'ind', kwartaal: '2026-Q2', status: 'geen-meting' });
    // Reached and out of date compare with no path: no gap, no margin.
    expect(indicatorBeslissing(indicator(), [meting('2026-Q2', 80)], '2026-Q2', 0.1)).not.toHaveProperty('achterstand');
    expect(indicatorBeslissing(indicator(), [meting('2025-Q4', 50)], '2026-Q2', 0.1)).toMatchObject({ status: 'geen-actuele-meting', verwacht: 60 });
  });

  it('explains a decision with the same sentence indicatorStatus gives, suppressed as there', () => {
    const gevallen: [Indicator, Meting[]][] = [
      [indicator(), [meting('2026-Q2', 67)]],
      [indicator(), []],
      [indicator(), [meting('2025-Q4', 50, { voorlopig: true })]],
      [indicator({ nulmeting: 2, streefwaarde: 12 }), [meting('2026-Q2', 3)]],
      [indicator({ eenheid: 'percentage', richting: 'lager', nulmeting: 12, streefwaarde: 8 }), [meting('2026-Q2', 8)]],
    ];
    for (const [ind, metingen] of gevallen) {
      const b = indicatorBeslissing(ind, metingen, '2026-Q2', OPTIES.tolerantie);
      expect(indicatorUitleg(ind, b, OPTIES.kleineAantallen, decimalenVan(ind, metingen))).toBe(indicatorStatus(ind, metingen, '2026-Q2', OPTIES).uitleg);
    }
    expect(indicatorUitleg(indicator({ nulmeting: 2, streefwaarde: 12 }), indicatorBeslissing(indicator({ nulmeting: 2, streefwaarde: 12 }), [meting('2026-Q2', 3)], '2026-Q2', 0.1), 5, 0)).toMatch(/^Gemeten in het 2e kwartaal 2026: < 5 personen\./);
  });

  it('keeps what the indicators gave next to the region\'s recorded status', () => {
    const ind = indicatorStatus(indicator(), [meting('2026-Q2', 60)], '2026-Q2', OPTIES);
    expect(ind.status).toBe('achter');
    const b = doelBeslissing(doel(), [ind], [beoordeling({ status: 'aandacht', toelichting: 'Nieuwe aanmeldingen' })], '2026-Q2');
    expect(b).toEqual({ doel: 'doel', kwartaal: '2026-Q2', status: 'aandacht', herkomst: 'beoordeling', berekend: 'achter', toelichting: 'Nieuwe aanmeldingen' });
    expect(doelUitleg(b, [ind], new Map())).toBe('De regio heeft deze status vastgesteld. Volgens de indicatoren is de status achter. Nieuwe aanmeldingen.');
    expect(doelBeslissing(doel({ soort: 'merkbaar' }), [], [], '2026-Q2')).toEqual({ doel: 'doel', kwartaal: '2026-Q2', status: 'niet-beoordeeld', herkomst: 'geen' });
  });
});

describe('doelStatus', () => {
  const a = indicator({ id: 'a', naam: 'Zij-instromers' });
  const b = indicator({ id: 'b', naam: 'Uitval starters', eenheid: 'percentage', richting: 'lager', nulmeting: 12, streefwaarde: 8 });
  const c = indicator({ id: 'c', naam: 'Opleidingsplekken', eenheid: 'aantal' });
  const metingen = [
    meting('2026-Q2', 72, { indicator: 'a' }), // op koers
    meting('2026-Q2', 9.2, { indicator: 'b' }), // aandacht
    meting('2026-Q2', 85, { indicator: 'c' }), // behaald
  ];

  it('takes the worst of its indicators', () => {
    const r = doelStatus(doel(), [a, b], metingen, [], '2026-Q2', OPTIES);
    expect(r.status).toBe('aandacht');
    expect(r.herkomst).toBe('indicatoren');
    expect(r.doel).toBe('doel');
    expect(r.kwartaal).toBe('2026-Q2');
    expect(r.indicatoren.map((s) => [s.indicator, s.status])).toEqual([
      ['a', 'op-koers'],
      ['b', 'aandacht'],
    ]);
    expect(r.uitleg).toMatch(/^1 van de 2 indicatoren is op koers of behaald\. Het minst gunstig is Uitval starters \(aandacht\)\. Gemeten in het 2e kwartaal 2026: 9,2%/);
    expect(r.toelichting).toBeUndefined();
    expect(r.bijsturing).toBeUndefined();
  });

  it('summarises when all are on course or all reached', () => {
    const goed = doelStatus(doel(), [a, c], metingen, [], '2026-Q2', OPTIES);
    expect(goed.status).toBe('op-koers');
    expect(goed.uitleg).toMatch(/^Beide indicatoren zijn op koers of behaald\. Het minst gunstig is Zij-instromers \(op koers\)\. Gemeten in het 2e kwartaal 2026: 72 personen/);
    const behaald = doelStatus(doel(), [c], metingen, [], '2026-Q2', OPTIES);
    expect(behaald.status).toBe('behaald');
    const allesBehaald = doelStatus(doel(), [c, { ...c, id: 'c2' }], [...metingen, meting('2026-Q2', 90, { indicator: 'c2' })], [], '2026-Q2', OPTIES);
    expect(allesBehaald.uitleg).toBe('Beide indicatoren hebben hun streefwaarde bereikt.');
  });

  it('says none is on course when none is', () => {
    const r = doelStatus(doel(), [a, b], [meting('2026-Q2', 9.2, { indicator: 'b' })], [], '2026-Q2', OPTIES);
    expect(r.status).toBe('aandacht');
    expect(r.uitleg).toMatch(/^Geen van beide indicatoren is op koers of behaald/);
  });

  it('uses the single indicator\'s explanation', () => {
    const r = doelStatus(doel(), [b], metingen, [], '2026-Q2', OPTIES);
    expect(r.uitleg).toBe(r.indicatoren[0].uitleg);
  });

  it('ignores indicators of other goals', () => {
    const r = doelStatus(doel(), [a, { ...b, doel: 'ander' }], metingen, [], '2026-Q2', OPTIES);
    expect(r.indicatoren.map((s) => s.indicator)).toEqual(['a']);
    expect(r.status).toBe('op-koers');
  });

  it('is geen meting for a meetbaar goal without indicators', () => {
    const r = doelStatus(doel(), [], metingen, [], '2026-Q2', OPTIES);
    expect(r.status).toBe('geen-meting');
    expect(r.herkomst).toBe('indicatoren');
    expect(r.indicatoren).toEqual([]);
  });

  it('follows a recorded status with toelichting', () => {
    const rij = beoordeling({ status: 'op-koers', toelichting: 'De nieuwe lichting start in september', bijsturing: 'Extra wervingsdag' });
    const r = doelStatus(doel(), [a, b], metingen, [rij], '2026-Q2', OPTIES);
    expect(r.status).toBe('op-koers');
    expect(r.herkomst).toBe('beoordeling');
    expect(r.toelichting).toBe('De nieuwe lichting start in september');
    expect(r.bijsturing).toBe('Extra wervingsdag');
    expect(r.uitleg).toBe('De regio heeft deze status vastgesteld. Volgens de indicatoren is de status aandacht. De nieuwe lichting start in september.');
    // Computed statuses stay available.
    expect(r.indicatoren.map((s) => s.status)).toEqual(['op-koers', 'aandacht']);
  });

  it('follows a recorded status without toelichting, and says so', () => {
    const r = doelStatus(doel(), [a], metingen, [beoordeling({ status: 'achter' })], '2026-Q2', OPTIES);
    expect(r.status).toBe('achter');
    expect(r.herkomst).toBe('beoordeling');
    expect(r.uitleg).toMatch(/^De regio heeft deze status vastgesteld/);
    expect(r.uitleg).toContain('zonder toelichting');
  });

  it('only uses the row of the as-of quarter for this goal', () => {
    const rijen = [
      beoordeling({ kwartaal: '2026-Q1', status: 'achter', toelichting: 'oud' }),
      beoordeling({ doel: 'ander', status: 'achter', toelichting: 'ander doel' }),
    ];
    const r = doelStatus(doel(), [a], metingen, rijen, '2026-Q2', OPTIES);
    expect(r.status).toBe('op-koers');
    expect(r.herkomst).toBe('indicatoren');
    expect(r.toelichting).toBeUndefined();
  });

  it('takes toelichting and bijsturing from a row without status, and computes the status', () => {
    const rij = beoordeling({ toelichting: 'Loopt goed', bijsturing: 'Geen' });
    const r = doelStatus(doel(), [a, b], metingen, [rij], '2026-Q2', OPTIES);
    expect(r.status).toBe('aandacht');
    expect(r.herkomst).toBe('indicatoren');
    expect(r.toelichting).toBe('Loopt goed');
    expect(r.bijsturing).toBe('Geen');
  });

  it('uses the recorded status of a merkbaar goal', () => {
    const r = doelStatus(doel({ soort: 'merkbaar' }), [], [], [beoordeling({ status: 'op-koers', toelichting: 'Scholen werken samen.' })], '2026-Q2', OPTIES);
    expect(r.status).toBe('op-koers');
    expect(r.herkomst).toBe('beoordeling');
    expect(r.uitleg).toBe('De regio heeft deze status vastgesteld. Scholen werken samen.');
  });

  it('is niet beoordeeld for a merkbaar goal without recorded status', () => {
    const r = doelStatus(doel({ soort: 'merkbaar' }), [], [], [], '2026-Q2', OPTIES);
    expect(r.status).toBe('niet-beoordeeld');
    expect(r.herkomst).toBe('geen');
    expect(r.uitleg).toBe('De regio heeft dit doel voor dit kwartaal nog niet beoordeeld.');

    const metTekst = doelStatus(doel({ soort: 'merkbaar' }), [], [], [beoordeling({ toelichting: 'Nog in gesprek' })], '2026-Q2', OPTIES);
    expect(metTekst.status).toBe('niet-beoordeeld');
    expect(metTekst.toelichting).toBe('Nog in gesprek');
  });

  it('never prints a suppressed count in the goal explanation', () => {
    const klein = indicator({ id: 'k', naam: 'Starters so', nulmeting: 0, streefwaarde: 20 });
    const r = doelStatus(doel(), [klein, a], [meting('2026-Q2', 3, { indicator: 'k' }), ...metingen], [], '2026-Q2', OPTIES);
    expect(r.status).toBe('achter');
    expect(r.uitleg).toContain('< 5');
    expect(r.uitleg).not.toContain('3 personen');
  });
});
