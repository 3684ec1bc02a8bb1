// Every input the check accepts must be built; every input the build cannot build must be
// refused by the check, with a Dutch line and a file (and line), never an English stack trace.
// First each such input alone (its exact lines, in process), then grouped per kind as a user
// runs them: `npm run check` and `npm run build` as processes must refuse with the same lines,
// and the build must not create its output folder.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { runCli } from '../helpers/run.ts';

const werkmap = mkdtempSync(join(tmpdir(), 'regio-overeenstemming-'));
// Links point here: a real file outside every region copy.
const buiten = join(werkmap, 'buiten');
mkdirSync(join(buiten, 'paginas'), { recursive: true });
writeFileSync(join(buiten, 'geheim.csv'), 'term;uitleg\nGeheim;Staat buiten de regiomap\n');
writeFileSync(join(buiten, 'paginas', 'over.mdx'), '---\ntitel: Over\n---\nTekst.\n');
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

type Bewerking = (regio: string) => void;
let teller = 0;

function kopie(bewerkingen: Bewerking[]): string {
  const regio = join(werkmap, `regio-${++teller}`);
  cpSync(join(FIXTURES, 'regio-klein'), regio, { recursive: true });
  for (const bewerk of bewerkingen) bewerk(regio);
  return regio;
}

const schrijf = (file: string, inhoud: string | Buffer): Bewerking => (regio) => {
  mkdirSync(dirname(join(regio, file)), { recursive: true });
  writeFileSync(join(regio, file), inhoud);
};
const vervang = (file: string, van: string, naar: string): Bewerking => (regio) => {
  const path = join(regio, file);
  const oud = readFileSync(path, 'utf8');
  if (!oud.includes(van)) throw new Error(`${file} bevat "${van}" niet`);
  writeFileSync(path, oud.replaceAll(van, naar));
};
const hernoem = (van: string, naar: string): Bewerking => (regio) => {
  writeFileSync(join(regio, naar), readFileSync(join(regio, van)));
  unlinkSync(join(regio, van));
};
const koppel = (file: string, doel: string): Bewerking => (regio) => {
  rmSync(join(regio, file), { recursive: true, force: true });
  mkdirSync(dirname(join(regio, file)), { recursive: true });
  symlinkSync(doel, join(regio, file));
};
const maakMap = (file: string): Bewerking => (regio) => {
  rmSync(join(regio, file), { recursive: true, force: true });
  mkdirSync(join(regio, file), { recursive: true });
};

const lang = (n: number) => 'a'.repeat(n);
const kort = `${'a'.repeat(40)}…`;
const TEKEN_TIP = 'verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)';
const EXCEL_TIP = 'sla het in Excel op met Opslaan als > "CSV UTF-8 (door komma\'s gescheiden)" of als "Unicode-tekst"';
const LIJN = (titel: string) => `---\ntitel: ${titel}\nvolgorde: 3\nsamenvatting: Extra.\n---\n\nTekst.\n`;

type Groep = 'namen' | 'soorten' | 'coderingen' | 'tekens' | 'yaml' | 'yaml-regio';

interface Invoer {
  naam: string;
  groep: Groep;
  bewerkingen: Bewerking[];
  fouten: string[];
}

const INVOER: Invoer[] = [
  // Names: every id becomes an address or a file name.
  {
    naam: 'a goal id of 300 characters',
    groep: 'namen',
    bewerkingen: [vervang('data/doelen.csv', '\nnetwerk;', `\n${lang(300)};`), vervang('data/beoordelingen.csv', '\nnetwerk;', `\n${lang(300)};`)],
    fouten: [`data/doelen.csv:4: kolom "id": id "${kort}" is 300 tekens lang; een id heeft hoogstens 64 tekens, want het wordt een webadres en een bestandsnaam`],
  },
  {
    naam: 'an indicator id of 65 characters (its download file name)',
    groep: 'namen',
    bewerkingen: [vervang('data/indicatoren.csv', '\nuitval-starters;', `\n${lang(65)};`), vervang('data/metingen.csv', '\nuitval-starters;', `\n${lang(65)};`)],
    fouten: [`data/indicatoren.csv:3: kolom "id": id "${kort}" is 65 tekens lang; een id heeft hoogstens 64 tekens, want het wordt een webadres en een bestandsnaam`],
  },
  {
    naam: 'a line file with the extension .MDX',
    groep: 'namen',
    bewerkingen: [hernoem('content/lijnen/werven.mdx', 'content/lijnen/werven.MDX')],
    fouten: ['content/lijnen/werven.MDX:1: de extensie moet .mdx zijn, in kleine letters; noem het bestand werven.mdx'],
  },
  {
    naam: 'two quarter files that differ only in capitals',
    groep: 'namen',
    bewerkingen: [(r) => cpSync(join(r, 'content/kwartalen/2025-q4.mdx'), join(r, 'content/kwartalen/2025-Q4.mdx'))],
    fouten: ['content/kwartalen/2025-Q4.mdx:1: heeft dezelfde naam als content/kwartalen/2025-q4.mdx, op hoofdletters na; dat is voor Windows en macOS hetzelfde bestand en de site kan er maar één tonen. Verwijder er één'],
  },
  {
    naam: 'a quarter file name in capitals',
    groep: 'namen',
    bewerkingen: [schrijf('content/kwartalen/2025-Q3.mdx', '---\nkwartaal: 2025-Q3\nsamenvatting: Eerder.\nvastgesteld: 2025-10-20\n---\n')],
    fouten: ['content/kwartalen/2025-Q3.mdx:1: de bestandsnaam "2025-Q3.mdx" moet in kleine letters; noem het bestand 2025-q3.mdx'],
  },
  {
    naam: 'a page name of 100 characters',
    groep: 'namen',
    bewerkingen: [schrijf(`content/paginas/${lang(100)}.mdx`, '---\ntitel: Lang\n---\n')],
    fouten: [`content/paginas/${lang(100)}.mdx:1: de bestandsnaam is 100 tekens lang (zonder .mdx); hoogstens 64 tekens, want de naam wordt een webadres en een bestandsnaam op de site`],
  },
  {
    naam: 'a page that would take the search page\'s address',
    groep: 'namen',
    bewerkingen: [schrijf('content/paginas/zoeken.mdx', '---\ntitel: Zoeken\n---\n')],
    fouten: ['content/paginas/zoeken.mdx:1: de naam "zoeken" is al een vaste pagina van de site; kies een andere bestandsnaam'],
  },
  {
    naam: 'a data file name in capitals',
    groep: 'namen',
    bewerkingen: [hernoem('data/begrippen.csv', 'data/Begrippen.csv')],
    fouten: ['data/Begrippen.csv: de bestandsnaam moet in kleine letters; noem het bestand begrippen.csv'],
  },
  // Kinds of files: a folder where a file belongs and the other way round, links.
  {
    naam: 'a CSV file that is a folder',
    groep: 'soorten',
    bewerkingen: [maakMap('data/metingen.csv')],
    fouten: ['data/metingen.csv: is een map, geen bestand'],
  },
  {
    naam: 'a CSV file that is a link to nothing',
    groep: 'soorten',
    bewerkingen: [koppel('data/begroting.csv', join(werkmap, 'bestaat-niet.csv'))],
    fouten: [`data/begroting.csv: is een snelkoppeling (symbolische link) naar "${join(werkmap, 'bestaat-niet.csv')}", maar daar staat niets; zet het bestand zelf op deze plek`],
  },
  {
    naam: 'a CSV file that is a link to a file outside the region',
    groep: 'soorten',
    bewerkingen: [koppel('data/begrippen.csv', join(buiten, 'geheim.csv'))],
    fouten: [`data/begrippen.csv: is een snelkoppeling (symbolische link) naar "${join(buiten, 'geheim.csv')}", buiten de regiomap; de site publiceert alleen wat in de regiomap staat, dus zet het bestand zelf op deze plek`],
  },
  {
    naam: 'a content folder that is a link to a folder outside the region',
    groep: 'soorten',
    bewerkingen: [koppel('content/paginas', join(buiten, 'paginas'))],
    fouten: [`content/paginas: is een snelkoppeling (symbolische link) naar "${join(buiten, 'paginas')}", buiten de regiomap; de site publiceert alleen wat in de regiomap staat, dus zet het bestand zelf op deze plek`],
  },
  {
    naam: 'a content folder that is a file',
    groep: 'soorten',
    bewerkingen: [schrijf('content/doelen', 'geen map\n')],
    fouten: ['content/doelen: is een bestand, geen map; maak er een map van met de .mdx-bestanden erin'],
  },
  {
    naam: 'an MDX file that is a folder',
    groep: 'soorten',
    bewerkingen: [maakMap('content/lijnen/extra.mdx')],
    fouten: ['content/lijnen/extra.mdx: is een map, geen bestand; een verhaal is één .mdx-bestand; verwijder de map of geef haar een andere naam'],
  },
  // Encodings.
  {
    naam: 'a CSV file in UTF-16 without BOM',
    groep: 'coderingen',
    bewerkingen: [(r) => writeFileSync(join(r, 'data/partijen.csv'), Buffer.from(readFileSync(join(r, 'data/partijen.csv'), 'utf8'), 'utf16le'))],
    fouten: [`data/partijen.csv:1: het bestand is UTF-16 zonder byte-volgordemarkering (BOM) en kan niet betrouwbaar gelezen worden; ${EXCEL_TIP}`],
  },
  {
    naam: 'an Excel workbook saved under a .csv name',
    groep: 'coderingen',
    bewerkingen: [schrijf('data/kerncijfers.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))],
    fouten: [`data/kerncijfers.csv:1: dit is een Excel-werkmap (.xlsx) of ander zip-bestand, geen tekstbestand; ${EXCEL_TIP}`],
  },
  {
    naam: 'a NUL byte in a CSV file',
    groep: 'coderingen',
    bewerkingen: [schrijf('data/begrippen.csv', 'term;uitleg\nLoket;Eén plek\nNetwerk;Samen\u0000\n')],
    fouten: [`data/begrippen.csv:3: hier staat een nul-teken (byte 0); zo'n teken hoort niet in een tekstbestand (is het bestand beschadigd of geen tekst?); ${EXCEL_TIP}`],
  },
  {
    naam: 'an MDX file in Windows-1252',
    groep: 'coderingen',
    bewerkingen: [schrijf('content/lijnen/behouden.mdx', Buffer.from('---\ntitel: Behouden\nvolgorde: 2\nsamenvatting: Leraren blijven.\n---\n\nCaf\u00e9 en \u00e9\u00e9n.\n', 'latin1'))],
    fouten: ['content/lijnen/behouden.mdx:7: het bestand is geen UTF-8 (waarschijnlijk Windows-1252 of een andere codering); sla het op als UTF-8, dan komen tekens als ë en € goed op de site'],
  },
  {
    naam: 'an MDX file with old Mac line ends (CR only)',
    groep: 'coderingen',
    bewerkingen: [schrijf('content/paginas/over.mdx', '---\rtitel: Over\r---\rTekst.\r')],
    fouten: [
      'content/paginas/over.mdx:1: hier eindigt een regel met alleen CR (oude Mac-opmaak); sla het bestand op met gewone regeleinden (LF of CRLF)',
    ],
  },
  // Characters no page, feed or YAML reader accepts.
  {
    naam: 'a control character in a CSV cell',
    groep: 'tekens',
    bewerkingen: [vervang('data/doelen.csv', 'Een levend netwerk', 'Een lev\u0001end netwerk')],
    fouten: [`data/doelen.csv:4: kolom "titel": onzichtbaar stuurteken U+0001 in deze cel; ${TEKEN_TIP}`],
  },
  {
    naam: 'DEL on the second line of a multi-line cell',
    groep: 'tekens',
    bewerkingen: [schrijf('data/begrippen.csv', 'term;uitleg\nLoket;"Eén plek\nvoor vr\u007fagen"\n')],
    fouten: [`data/begrippen.csv:3: kolom "uitleg": onzichtbaar stuurteken U+007F in deze cel; ${TEKEN_TIP}`],
  },
  {
    naam: 'the non-character U+FFFE in a CSV cell',
    groep: 'tekens',
    bewerkingen: [vervang('data/activiteiten.csv', ';Gezamenlijke', ';Gezamenlijke\ufffe')],
    fouten: [`data/activiteiten.csv:2: kolom "wat": onzichtbaar stuurteken U+FFFE in deze cel; ${TEKEN_TIP}`],
  },
  {
    naam: 'a vertical tab in MDX text',
    groep: 'tekens',
    bewerkingen: [vervang('content/lijnen/werven.mdx', 'We werven samen.', 'We werven\u000b samen.')],
    fouten: [`content/lijnen/werven.mdx:7: onzichtbaar stuurteken U+000B op positie 10 van de regel; ${TEKEN_TIP}`],
  },
  {
    naam: 'a control character written as an escape in frontmatter',
    groep: 'tekens',
    bewerkingen: [vervang('content/lijnen/behouden.mdx', 'titel: Behouden', 'titel: "Be\\x01houden"')],
    fouten: [`content/lijnen/behouden.mdx:2: veld "titel": onzichtbaar stuurteken U+0001 in de waarde; ${TEKEN_TIP}`],
  },
  // YAML the build's frontmatter reader refuses or reads differently.
  {
    naam: 'a YAML anchor and alias',
    groep: 'yaml-regio',
    bewerkingen: [vervang('data/regio.yaml', 'naam: Onderwijsregio Klein Testland\nkortenaam: Klein Testland', 'naam: &regio Onderwijsregio Klein Testland\nkortenaam: *regio')],
    fouten: [
      'data/regio.yaml:1: YAML-verwijzingen (&regio en *regio) worden niet ondersteund; schrijf de waarde voluit',
      'data/regio.yaml:2: YAML-verwijzingen (&regio en *regio) worden niet ondersteund; schrijf de waarde voluit',
    ],
  },
  {
    naam: 'a second YAML document in regio.yaml',
    groep: 'yaml',
    bewerkingen: [vervang('data/regio.yaml', 'tolerantie: 0.1\n', 'tolerantie: 0.1\n---\n')],
    fouten: ['data/regio.yaml:7: er staat een regel "---" midden in het bestand; YAML leest dat als het begin van een tweede document. Verwijder die regel'],
  },
  {
    naam: 'a field twice in frontmatter',
    groep: 'yaml',
    bewerkingen: [vervang('content/lijnen/werven.mdx', 'volgorde: 1\n', 'volgorde: 1\ntitel: Nog eens\n')],
    fouten: ['content/lijnen/werven.mdx:4: veld "titel" staat twee keer in hetzelfde blok (ook op regel 2); verwijder er één'],
  },
  {
    naam: 'a field twice, once with a capital',
    groep: 'yaml',
    bewerkingen: [vervang('content/kwartalen/2025-q4.mdx', 'samenvatting: Een goed kwartaal.\n', 'samenvatting: Een goed kwartaal.\nTitel: Q4\n')],
    fouten: ['content/kwartalen/2025-q4.mdx:5: veld "titel" staat twee keer in het bestand (ook op regel 3); verwijder er één'],
  },
  {
    naam: 'a YAML tag',
    groep: 'yaml',
    bewerkingen: [vervang('content/lijnen/behouden.mdx', 'titel: Behouden', 'titel: !belangrijk Behouden')],
    fouten: ['content/lijnen/behouden.mdx:2: YAML-label !belangrijk wordt niet ondersteund; zet de tekst tussen aanhalingstekens als het ! erbij hoort'],
  },
  {
    naam: 'a value without a field name',
    groep: 'yaml',
    bewerkingen: [schrijf('content/paginas/over.mdx', '---\ntitel: Over\n: los\n---\nTekst.\n')],
    fouten: ['content/paginas/over.mdx:3: deze regel heeft een waarde maar geen veldnaam; schrijf "veld: waarde"'],
  },
  {
    naam: 'a closing frontmatter line with more than ---',
    groep: 'yaml',
    bewerkingen: [schrijf('content/paginas/loket.mdx', '---\ntitel: Loket\n--- einde\nTekst.\n')],
    fouten: ['content/paginas/loket.mdx:3: de frontmatter moet beginnen en eindigen met een regel met alleen "---"; deze regel begint met --- en is het einde van de frontmatter'],
  },
];

/** The error lines of a region as the check computes them, sorted as the commands print them. */
function foutregels(regio: string): string[] {
  return sortProblems(loadMonitor(regio, 'publicatie').problems)
    .filter((p) => p.severity === 'fout')
    .map(formatProblem);
}

describe('each input the build cannot build has its Dutch line', { timeout: 60_000 }, () => {
  it.each(INVOER.map((invoer) => [invoer.naam, invoer] as const))('%s', (_naam, invoer) => {
    expect(foutregels(kopie(invoer.bewerkingen))).toEqual(invoer.fouten);
  });
});

/** The printed lines that are errors: no warnings, no count, no closing sentence. */
const fouten = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^[^\s:]+(:\d+)?: /.test(line) && !line.includes(': waarschuwing: '));

describe('npm run check and npm run build refuse the same inputs with the same lines', { timeout: 60_000 }, () => {
  const groepen = [...new Set(INVOER.map((i) => i.groep))];
  it.each(groepen)('%s', (groep) => {
    const invoer = INVOER.filter((i) => i.groep === groep);
    const regio = kopie(invoer.flatMap((i) => i.bewerkingen));
    const verwacht = invoer.flatMap((i) => i.fouten);

    const check = runCli('check', { REGIO_DIR: regio });
    expect(check.status).toBe(1);
    const checkFouten = fouten(check.stderr);
    expect([...checkFouten].sort()).toEqual([...verwacht].sort());

    const out = join(werkmap, `site-${groep}`);
    const build = runCli('build', { REGIO_DIR: regio, OUT_DIR: out });
    expect(build.status).toBe(1);
    expect(fouten(build.stderr)).toEqual(checkFouten);
    expect(`${build.stdout}\n${build.stderr}`).not.toMatch(/^\s+at /m);
    expect(build.stderr).toContain('De site is niet gebouwd; er is niets geschreven.');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(werkmap).filter((name) => name.includes(`site-${groep}`))).toEqual([]);
  });
});
