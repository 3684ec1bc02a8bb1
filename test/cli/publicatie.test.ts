// Publication rules (PRODUCT.md): nothing of a concept quarter reaches a public build, quarters
// are approved in order, and an approval date after today is an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';
import { runCli } from '../helpers/run.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { publiekeTeksten } from '../helpers/site-files.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-publicatie-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

const voegToe = (regio: string, file: string, text: string) => writeFileSync(join(regio, file), readFileSync(join(regio, file), 'utf8') + text);

/** regio-klein (2025-Q4 approved) with a concept 2026-Q1 that has data of every kind, each with a marker. */
function metConcept(naam: string): string {
  const regio = join(werkmap, naam);
  cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });
  writeFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\nsamenvatting: CONCEPTSAMENVATTING\n---\n\nCONCEPTVERHAAL van het eerste kwartaal.\n');
  voegToe(regio, 'data/metingen.csv', 'zij-instromers;2026-Q1;6177;CONCEPTBRON;CONCEPTOPMERKING;nee\nuitval-starters;2026-Q1;7,77;;;nee\n');
  voegToe(regio, 'data/beoordelingen.csv', 'netwerk;2026-Q1;achter;CONCEPTCHECK;CONCEPTACT\n');
  voegToe(regio, 'data/voortgang.csv', 'open-dagen;2026-Q1;vertraagd;CONCEPTVOORTGANG\n');
  voegToe(regio, 'data/uitgaven.csv', 'werven;2026-Q1;98.765\n');
  voegToe(regio, 'data/kerncijfers.csv', 'concept-cijfer;CONCEPTKERNCIJFER;4321;;2026-Q1;DUO\nconcept-datum;CONCEPTDATUMCIJFER;4322;;15-02-2026;DUO\n');
  return regio;
}

const fouten = (regio: string, vandaag?: string) => sortProblems(loadMonitor(regio, 'publicatie', { vandaag }).problems).filter((p) => p.severity === 'fout').map(formatProblem);

describe('a concept quarter in a public build', { timeout: 300_000 }, () => {
  const uit = join(werkmap, 'concept-site');
  let regio = '';
  beforeAll(() => {
    regio = metConcept('concept');
    const result = runCli('build', { REGIO_DIR: regio, OUT_DIR: uit });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);

  it('appears in no public file: pages, downloads, search index, feed, sitemap', () => {
    // `vertraagd` is the concept row's status; the data dictionary lists it among the allowed values (as code).
    const sporen = [/CONCEPT[A-Z]+/, /6\.?177/, /7,77|7\.77/, /98\.?765/, /4\.?321/, /4\.?322/, /vertraagd(?!(?:<\/code>|\s)*"?,\s*(?:<code>)?"?gestopt)/, /\/kwartalen\/2026-q1\//, /1e kwartaal 2026|eerste kwartaal 2026/i];
    const gevonden: string[] = [];
    const teksten = publiekeTeksten(uit);
    for (const { file, inhoud } of teksten) {
      for (const spoor of sporen) {
        const m = spoor.exec(inhoud);
        if (m) gevonden.push(`${file}: ${m[0]} in "${inhoud.slice(Math.max(0, m.index - 40), m.index + 30).replace(/\s+/g, ' ')}"`);
      }
    }
    expect(gevonden).toEqual([]);
    expect(teksten.filter((t) => t.file.endsWith('.pf_fragment')).length).toBeGreaterThan(5);
  });

  it('the scan can fail: the same data in the approved quarter are found', () => {
    const teksten = publiekeTeksten(uit).map((t) => t.inhoud).join('\n');
    expect(teksten).toContain('Het netwerk komt elke maand bijeen.');
    expect(teksten).toMatch(/12\.?345/);
  });
});

describe('quarters are approved in order, never ahead of today', () => {
  it('refuses an approved quarter after a concept, at its vastgesteld line', () => {
    const regio = metConcept('volgorde');
    writeFileSync(join(regio, 'content/kwartalen/2026-q2.mdx'), '---\nkwartaal: 2026-Q2\nsamenvatting: Later.\nvastgesteld: 2026-07-10\n---\n');
    expect(fouten(regio, '2026-12-01')).toEqual([
      'content/kwartalen/2026-q2.mdx:4: 2026-Q2 is vastgesteld, maar het eerdere kwartaal 2026-Q1 (content/kwartalen/2026-q1.mdx) is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst 2026-Q1 vast of haal de datum bij 2026-Q2 weg',
    ]);
  });

  it('refuses an approval date after today', () => {
    const regio = metConcept('toekomst');
    writeFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\nsamenvatting: Vooruit.\nvastgesteld: 2026-04-20\n---\n');
    expect(fouten(regio, '2026-04-19')).toEqual([
      'content/kwartalen/2026-q1.mdx:4: veld "vastgesteld": vastgesteld op 2026-04-20 ligt na vandaag (2026-04-19); zet de datum pas als het bestuurlijk platform de rapportage heeft vastgesteld',
    ]);
    expect(fouten(regio, '2026-04-20')).toEqual([]);
  });

  it('check and build refuse a future date the same way, with MONITOR_VANDAAG', { timeout: 120_000 }, () => {
    const regio = metConcept('toekomst-cli');
    writeFileSync(join(regio, 'content/kwartalen/2026-q1.mdx'), '---\nkwartaal: 2026-Q1\nsamenvatting: Vooruit.\nvastgesteld: 2026-04-20\n---\n');
    const regel = 'content/kwartalen/2026-q1.mdx:4: veld "vastgesteld": vastgesteld op 2026-04-20 ligt na vandaag (2026-04-01)';
    const check = runCli('check', { REGIO_DIR: regio, MONITOR_VANDAAG: '2026-04-01' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(regel);
    const build = runCli('build', { REGIO_DIR: regio, OUT_DIR: join(werkmap, 'toekomst-site'), MONITOR_VANDAAG: '2026-04-01' });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(regel);
  });
});
