// A copy of test/fixtures/regio-klein with small counts of persons (threshold 5) in every
// place a page, chart, download or search index could show them. Two copies with different
// small values must give byte-identical sites (test/cli/kleine-aantallen.test.ts).
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths.ts';

export interface KleineWaarden {
  /** `mentoren` (personen, hoger): baseline, target 4, measurements in 2025-Q3 and 2025-Q4. */
  mentorenNulmeting: number;
  mentorenQ3: number;
  mentorenQ4: number;
  /** `vertrek-starters` (personen, lager, baseline 20, published 12 and 9): a small target and a small 2025-Q2. */
  vertrekStreef: number;
  vertrekQ2: number;
  /** Key figure `mentoren-regio` in personen. */
  kerncijfer: number;
  /** kleine_aantallen in regio.yaml (the fixture's own is 5). */
  drempel?: number;
}

/**
 * Small values for which every status in the history is the same in both variants. mentorenQ3
 * is 3 in both: with target 4, a count op koers in 2025-Q3 can only be 3 (the status may use the
 * real value, docs/status.md says so); every other small value differs.
 */
export const VARIANT_A: KleineWaarden = { mentorenNulmeting: 1, mentorenQ3: 3, mentorenQ4: 2, vertrekStreef: 2, vertrekQ2: 3, kerncijfer: 3 };
export const VARIANT_B: KleineWaarden = { mentorenNulmeting: 2, mentorenQ3: 3, mentorenQ4: 1, vertrekStreef: 3, vertrekQ2: 4, kerncijfer: 2 };

export function kleineAantallenRegio(doel: string, w: KleineWaarden): string {
  cpSync(join(FIXTURES, 'regio-klein'), doel, { recursive: true });
  const data = (file: string) => join(doel, 'data', file);
  // mentoren first, so it is the goal's first indicator and draws the inline trend line.
  const [kop, ...rijen] = readFileSync(data('indicatoren.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(data('indicatoren.csv'), [
    kop,
    `mentoren;meer-instroom;Mentoren met een certificaat;personen;hoger;${w.mentorenNulmeting};2024-Q4;4;2026-Q4;Opleidingen;`,
    ...rijen,
    `vertrek-starters;minder-vertrek;Starters die vertrekken;personen;lager;20;2024-Q4;${w.vertrekStreef};2026-Q4;HR;`,
    '',
  ].join('\n'));
  appendFileSync(data('doelen.csv'), 'minder-vertrek;behouden;Minder vertrek van starters;;meetbaar;starters;2027-Q4;\n');
  appendFileSync(
    data('metingen.csv'),
    [
      `mentoren;2025-Q3;${w.mentorenQ3};;;nee`,
      `mentoren;2025-Q4;${w.mentorenQ4};;;nee`,
      `vertrek-starters;2025-Q2;${w.vertrekQ2};;;nee`,
      'vertrek-starters;2025-Q3;12;;;nee',
      'vertrek-starters;2025-Q4;9;;;nee',
      '',
    ].join('\n'),
  );
  appendFileSync(data('kerncijfers.csv'), `mentoren-regio;Mentoren in de regio;${w.kerncijfer};personen;2025;Programmabureau\n`);
  if (w.drempel !== undefined) {
    writeFileSync(data('regio.yaml'), readFileSync(data('regio.yaml'), 'utf8').replace('kleine_aantallen: 5', `kleine_aantallen: ${w.drempel}`));
  }
  return doel;
}
