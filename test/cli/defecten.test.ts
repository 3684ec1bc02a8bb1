// One copy of a small valid region per kind of bad input; each must give exactly the
// expected Dutch line(s) with file and line number.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { loadMonitor } from '../../src/lib/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { momentopnameJson, type Momentopname } from '../../src/lib/snapshot.ts';
import { nieuweMomentopname } from '../../src/lib/vaststellen.ts';
import { actueelRapport } from '../../src/lib/paginas/kwartaal.ts';

const BASIS = join(FIXTURES, 'regio-klein');
const werkmap = mkdtempSync(join(tmpdir(), 'regio-defecten-'));
afterAll(() => rmSync(werkmap, { recursive: true, force: true }));

type Bewerking = (regio: string) => void;
let teller = 0;

/** Copies the base region, applies the edits, returns every problem line. */
function controleer(...bewerkingen: Bewerking[]): { fouten: string[]; waarschuwingen: string[] } {
  const regio = join(werkmap, `regio-${++teller}`);
  cpSync(BASIS, regio, { recursive: true });
  for (const bewerk of bewerkingen) bewerk(regio);
  const { problems } = loadMonitor(regio, 'publicatie');
  const lines = sortProblems(problems);
  return {
    fouten: lines.filter((p) => p.severity === 'fout').map(formatProblem),
    waarschuwingen: lines.filter((p) => p.severity === 'waarschuwing').map(formatProblem),
  };
}

/** Replaces the whole of line `n` (1-based) of a file. */
const regel = (file: string, n: number, text: string): Bewerking => (regio) => {
  const path = join(regio, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[n - 1] = text;
  writeFileSync(path, lines.join('\n'));
};
const voegToe = (file: string, text: string): Bewerking => (regio) => {
  const path = join(regio, file);
  writeFileSync(path, readFileSync(path, 'utf8') + text);
};
const schrijf = (file: string, text: string): Bewerking => (regio) => {
  mkdirSync(dirname(join(regio, file)), { recursive: true });
  writeFileSync(join(regio, file), text);
};
const verwijder = (file: string): Bewerking => (regio) => unlinkSync(join(regio, file));

describe('the base region is valid', () => {
  it('has no problems at all', () => {
    expect(controleer()).toEqual({ fouten: [], waarschuwingen: [] });
  });
});

describe('cells', () => {
  it.each<[string, Bewerking, string[]]>([
    ['a bad number', regel('data/metingen.csv', 3, 'zij-instromers;2025-Q4;12,5 procent;;;nee'), ['data/metingen.csv:3: kolom "waarde": "12,5 procent" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)']],
    ['quarter 2024-Q5', regel('data/metingen.csv', 2, 'zij-instromers;2024-Q5;52;;;nee'), ['data/metingen.csv:2: kolom "kwartaal": "2024-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3)']],
    ['an unreadable quarter', regel('data/metingen.csv', 2, 'zij-instromers;zomer 2025;52;;;nee'), ['data/metingen.csv:2: kolom "kwartaal": "zomer 2025" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3)']],
    ['an id with capitals', regel('data/doelen.csv', 4, 'Mooi Netwerk;behouden;Een levend netwerk;;merkbaar;begeleiden;;'), [
      'data/beoordelingen.csv:2: kolom "doel": doel "netwerk" bestaat niet in data/doelen.csv',
      'data/doelen.csv:4: kolom "id": "Mooi Netwerk" is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes; bedoelt u "mooi-netwerk"?',
    ]],
    ['a value outside a vocabulary', regel('data/doelen.csv', 4, 'netwerk;behouden;Een levend netwerk;;voelbaar;begeleiden;;'), ['data/doelen.csv:4: kolom "soort": "voelbaar" is geen toegestane waarde (kies uit: meetbaar, merkbaar)']],
    ['an empty required cell', regel('data/doelen.csv', 4, 'netwerk;behouden;;;merkbaar;begeleiden;;'), ['data/doelen.csv:4: kolom "titel": cel is leeg; deze kolom is verplicht']],
    ['a bad yes/no', regel('data/metingen.csv', 2, 'zij-instromers;2025-Q3;52;;;misschien'), ['data/metingen.csv:2: kolom "voorlopig": "misschien" is geen ja of nee (schrijf ja of nee)']],
    ['a date that does not exist', regel('data/partijen.csv', 2, 'Stichting Voorbeeld VO;schoolbestuur;vo;aangesloten;31-02-2025;'), ['data/partijen.csv:2: kolom "sinds": "31-02-2025" is geen bestaande datum']],
    ['an unknown sector', regel('data/partijen.csv', 2, 'Stichting Voorbeeld VO;schoolbestuur;havo;aangesloten;;'), ['data/partijen.csv:2: kolom "sectoren": "havo" is geen sector (kies uit: po, so, vo, vso, mbo)']],
    ['a year that is not a year', regel('data/begroting.csv', 2, 'werven;25;100'), ['data/begroting.csv:2: kolom "jaar": 25 is geen jaartal']],
    ['a fraction as year', regel('data/begroting.csv', 2, 'werven;2025,5;100'), ['data/begroting.csv:2: kolom "jaar": "2025,5" is geen geheel getal']],
    ['a percentage sign on an amount', regel('data/uitgaven.csv', 2, 'werven;2025-Q4;12%'), ['data/uitgaven.csv:2: kolom "bedrag": "12%" is geen getal: een %-teken hoort niet in deze kolom']],
    ['a decimal comma in a , file', schrijf('data/uitgaven.csv', 'lijn,kwartaal,bedrag\nwerven,2025-Q4,"12,5"\n'), ['data/uitgaven.csv:2: kolom "bedrag": "12,5" is geen getal (schrijf bijvoorbeeld 1234.5 (in een bestand met komma\'s als scheidingsteken is de punt het decimaalteken))']],
    ['a bad peildatum', regel('data/kerncijfers.csv', 2, 'leerlingen;Leerlingen;12.345;;medio 2025;DUO'), ['data/kerncijfers.csv:2: kolom "peildatum": "medio 2025" is geen peildatum (schrijf een datum als 2025-10-15 of 15-10-2025, een jaar als 2025 of een kwartaal als 2025-Q3)']],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });
});

describe('files and headers', () => {
  it.each<[string, Bewerking, string[]]>([
    ['a missing required column', regel('data/indicatoren.csv', 1, 'id;doel;naam;eenheid;richting;nulmeting;nulmeting_kwartaal;streefwaarde;bron;toelichting'), ['data/indicatoren.csv:1: verplichte kolom "streef_kwartaal" ontbreekt']],
    ['a missing doelen.csv', verwijder('data/doelen.csv'), [
      'data/doelen.csv: verplicht bestand ontbreekt',
      'data/beoordelingen.csv:2: kolom "doel": doel "netwerk" bestaat niet in data/doelen.csv',
      'data/activiteiten.csv:2: kolom "doel": doel "meer-instroom" bestaat niet in data/doelen.csv',
      'data/aanbevelingen.csv:2: kolom "doelen": doel "meer-instroom" bestaat niet in data/doelen.csv',
      'content/lijnen/werven.mdx:9: <DoelStatus doel="meer-instroom" />: doel "meer-instroom" bestaat niet in data/doelen.csv',
      'data/indicatoren.csv:2: kolom "doel": doel "meer-instroom" bestaat niet in data/doelen.csv',
      'data/indicatoren.csv:3: kolom "doel": doel "starters-blijven" bestaat niet in data/doelen.csv',
    ]],
    ['a missing regio.yaml', verwijder('data/regio.yaml'), ['data/regio.yaml: verplicht bestand ontbreekt']],
    ['no lines at all', (r) => { verwijder('content/lijnen/werven.mdx')(r); verwijder('content/lijnen/behouden.mdx')(r); }, [
      'content/lijnen/: er is geen enkele ontwikkellijn: maak per lijn een bestand content/lijnen/<lijn>.mdx',
      'data/activiteiten.csv:2: kolom "lijn": lijn "werven" bestaat niet (er is geen content/lijnen/werven.mdx; bestaande lijnen: geen)',
      'data/begroting.csv:2: kolom "lijn": lijn "werven" bestaat niet (er is geen content/lijnen/werven.mdx; bestaande lijnen: geen)',
      'data/doelen.csv:2: kolom "lijn": lijn "werven" bestaat niet (er is geen content/lijnen/werven.mdx; bestaande lijnen: geen)',
      'data/doelen.csv:3: kolom "lijn": lijn "behouden" bestaat niet (er is geen content/lijnen/behouden.mdx; bestaande lijnen: geen)',
      'data/doelen.csv:4: kolom "lijn": lijn "behouden" bestaat niet (er is geen content/lijnen/behouden.mdx; bestaande lijnen: geen)',
      'data/uitgaven.csv:2: kolom "lijn": lijn "werven" bestaat niet (er is geen content/lijnen/werven.mdx; bestaande lijnen: geen)',
    ]],
    ['more than eight lines', (r) => {
      for (let i = 1; i <= 7; i++) schrijf(`content/lijnen/lijn-${i}.mdx`, `---\ntitel: Lijn ${i}\nvolgorde: ${i + 2}\nsamenvatting: Extra.\n---\n`)(r);
    }, ['content/lijnen/: er zijn 9 lijnen; een regio heeft er hoogstens 8']],
    ['an unclosed quote', voegToe('data/begrippen.csv', 'Loket;"Eén plek voor vragen\n'), ['data/begrippen.csv:3: een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel; de regels hierna zijn niet gelezen']],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect([...controleer(bewerking).fouten].sort()).toEqual([...verwacht].sort());
  });

  it('warns about an unknown column and an unknown file, without errors', () => {
    const result = controleer(regel('data/begrippen.csv', 1, 'term;uitleg;opmerking'), schrijf('data/extra.csv', 'a;b\n'));
    expect(result.fouten).toEqual([]);
    expect(result.waarschuwingen).toEqual([
      'data/begrippen.csv:1: waarschuwing: onbekende kolom "opmerking" wordt genegeerd (bekende kolommen: term, uitleg)',
      'data/extra.csv: waarschuwing: onbekend bestand wordt genegeerd (bekende bestanden: doelen.csv, indicatoren.csv, metingen.csv, beoordelingen.csv, activiteiten.csv, voortgang.csv, partijen.csv, begroting.csv, uitgaven.csv, kerncijfers.csv, aanbevelingen.csv, begrippen.csv)',
    ]);
  });

  it('counts lines after a sep= line and a multi-line cell', () => {
    const result = controleer(
      schrijf('data/beoordelingen.csv', 'sep=;\ndoel;kwartaal;status;toelichting;bijsturing\nnetwerk;2025-Q4;op-koers;"Eerste regel\ntweede regel";\nnetwerk;2025-Q9;;;\n'),
    );
    expect(result.fouten).toEqual(['data/beoordelingen.csv:5: kolom "kwartaal": "2025-Q9" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3)']);
  });
});

describe('uniqueness and cross-references', () => {
  it.each<[string, Bewerking, string[]]>([
    ['a duplicate measurement names both lines', voegToe('data/metingen.csv', 'zij-instromers;Q4 2025;60;;;nee\n'), ['data/metingen.csv:6: indicator "zij-instromers" heeft voor 2025-Q4 al een meting op regel 3; één regel per indicator en kwartaal']],
    ['a duplicate id', voegToe('data/doelen.csv', 'netwerk;werven;Nog een netwerk;;merkbaar;;;\n'), ['data/doelen.csv:5: kolom "id": id "netwerk" komt al voor op regel 4']],
    ['a duplicate assessment', voegToe('data/beoordelingen.csv', 'netwerk;2025K4;aandacht;Toch niet.;\n'), ['data/beoordelingen.csv:3: doel "netwerk" heeft voor 2025-Q4 al een beoordeling op regel 2']],
    ['a duplicate budget line', voegToe('data/begroting.csv', 'werven;2025;5\n'), ['data/begroting.csv:3: lijn "werven" heeft voor 2025 al een begroting op regel 2']],
    ['an unknown indicator', regel('data/metingen.csv', 4, 'uitval-startrs;2025-Q3;9,1;;;nee'), ['data/metingen.csv:4: kolom "indicator": indicator "uitval-startrs" bestaat niet in data/indicatoren.csv']],
    ['an unknown line', regel('data/doelen.csv', 4, 'netwerk;begeleiden;Een levend netwerk;;merkbaar;begeleiden;;'), ['data/doelen.csv:4: kolom "lijn": lijn "begeleiden" bestaat niet (er is geen content/lijnen/begeleiden.mdx; bestaande lijnen: werven, behouden)']],
    ['an unknown theme', regel('data/doelen.csv', 4, 'netwerk;behouden;Een levend netwerk;;merkbaar;welzijn;;'), ['data/doelen.csv:4: kolom "themas": thema "welzijn" bestaat niet; gebruik een thema uit de lijst of noem het in regio.yaml onder extra_themas']],
    ['an unknown activity', voegToe('data/voortgang.csv', 'open-dag;2025-Q4;lopend;\n'), ['data/voortgang.csv:3: kolom "activiteit": activiteit "open-dag" bestaat niet in data/activiteiten.csv']],
    ['an unknown goal in a recommendation', regel('data/aanbevelingen.csv', 2, 'meer-data;Verzamel gegevens;;open;meer-instroom|minder-uitval'), ['data/aanbevelingen.csv:2: kolom "doelen": doel "minder-uitval" bestaat niet in data/doelen.csv']],
    ['a target quarter before the baseline', regel('data/indicatoren.csv', 3, 'uitval-starters;starters-blijven;Uitval;percentage;lager;10;2024-Q4;5;2024-Q2;;'), ['data/indicatoren.csv:3: kolom "streef_kwartaal": streef_kwartaal 2024-Q2 moet na nulmeting_kwartaal 2024-Q4 liggen']],
    ['a meetbaar goal without indicators', regel('data/doelen.csv', 4, 'netwerk;behouden;Een levend netwerk;;meetbaar;begeleiden;;'), ['data/doelen.csv:4: kolom "soort": meetbaar doel "netwerk" heeft geen indicator in data/indicatoren.csv; voeg er een toe of maak het doel merkbaar']],
    ['an override of a meetbaar goal without toelichting', voegToe('data/beoordelingen.csv', 'meer-instroom;2025-Q4;achter;;\n'), ['data/beoordelingen.csv:3: kolom "toelichting": doel "meer-instroom" is meetbaar; wie de berekende status vervangt door "achter", moet in de toelichting uitleggen waarom']],
    ['an activity that ends before it starts', regel('data/activiteiten.csv', 2, 'open-dagen;werven;meer-instroom;Open dagen;;2026-Q1;2025-Q4'), ['data/activiteiten.csv:2: kolom "eind": eind 2025-Q4 ligt vóór start 2026-Q1']],
    ['a goal narrative without goal', schrijf('content/doelen/onbekend.mdx', '---\ntitel: X\n---\nTekst\n'), ['content/doelen/onbekend.mdx:1: er is geen doel "onbekend" in data/doelen.csv; de bestandsnaam moet de id van een doel zijn']],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });

  it('warns about a measurement after the last quarter file', () => {
    const result = controleer(voegToe('data/metingen.csv', 'zij-instromers;2026-Q1;61;;;nee\n'));
    expect(result.fouten).toEqual([]);
    expect(result.waarschuwingen).toEqual(['data/metingen.csv:6: waarschuwing: kolom "kwartaal": meting voor 2026-Q1 ligt na het laatste kwartaalbestand (2025-Q4); maak content/kwartalen/2026-q1.mdx aan']);
  });
});

describe('MDX', () => {
  it.each<[string, Bewerking, string[]]>([
    ['a line without titel', regel('content/lijnen/behouden.mdx', 2, 'kop: Behouden'), ['content/lijnen/behouden.mdx:1: verplicht veld "titel" ontbreekt']],
    ['a quarter that does not match its file name', regel('content/kwartalen/2025-q4.mdx', 2, 'kwartaal: 2025-Q3'), ['content/kwartalen/2025-q4.mdx:2: veld "kwartaal": kwartaal 2025-Q3 past niet bij de bestandsnaam 2025-q4.mdx (verwacht 2025-Q4)']],
    ['a quarter file with a bad name', schrijf('content/kwartalen/najaar.mdx', '---\nkwartaal: 2025-Q3\nsamenvatting: x\n---\n'), ['content/kwartalen/najaar.mdx:1: de bestandsnaam "najaar.mdx" is geen kwartaal; noem het bestand zoals 2025-q3.mdx']],
    ['a vastgesteld date that does not exist', regel('content/kwartalen/2025-q4.mdx', 5, 'vastgesteld: 2026-02-30'), ['content/kwartalen/2025-q4.mdx:5: veld "vastgesteld": "2026-02-30" is geen bestaande datum']],
    ['volgorde that is not a number', regel('content/lijnen/werven.mdx', 3, 'volgorde: eerste'), ['content/lijnen/werven.mdx:3: veld "volgorde": "eerste" is geen getal']],
    ['an unknown goal in a component', regel('content/lijnen/werven.mdx', 9, '<DoelStatus doel="meer-uitstroom" />'), ['content/lijnen/werven.mdx:9: <DoelStatus doel="meer-uitstroom" />: doel "meer-uitstroom" bestaat niet in data/doelen.csv']],
    ['an unknown indicator in a component', regel('content/lijnen/behouden.mdx', 7, 'Zie <IndicatorGrafiek indicator="uitval" /> hier.'), ['content/lijnen/behouden.mdx:7: <IndicatorGrafiek indicator="uitval" />: indicator "uitval" bestaat niet in data/indicatoren.csv']],
    ['an unknown component', regel('content/lijnen/behouden.mdx', 7, '<Kaart id="x" />'), ['content/lijnen/behouden.mdx:7: onbekend component <Kaart>; beschikbaar zijn <DoelStatus doel="…" /> en <IndicatorGrafiek indicator="…" />']],
    ['a page named like a site route', schrijf('content/paginas/doelen.mdx', '---\ntitel: Doelen\n---\n'), ['content/paginas/doelen.mdx:1: de naam "doelen" is al een vaste pagina van de site; kies een andere bestandsnaam']],
    ['a file without frontmatter', schrijf('content/paginas/over.mdx', '# Over ons\n'), [
      'content/paginas/over.mdx:1: het bestand begint niet met frontmatter tussen twee regels "---"',
      'content/paginas/over.mdx:1: verplicht veld "titel" ontbreekt',
    ]],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });

});

// MDX syntax errors: the parser's English said in Dutch, with the file line.
describe('MDX syntax errors', () => {
  const L = 'content/lijnen/behouden.mdx';
  const M = 'MDX kan niet gelezen worden';
  const GEEN_TAG = `${M}: dit < begint geen geldige tag: schrijf < als &lt; in gewone tekst, en in een tag elk attribuut als naam="waarde"`;
  it.each<[string, Bewerking, string[]]>([
    ['a < in text', regel(L, 7, 'Minder dan <5 starters vallen uit.'), [`${L}:7: ${GEEN_TAG}`]],
    ['an attribute without a value', regel(L, 7, 'We <abbr title=>begeleiden</abbr> starters.'), [`${L}:7: ${GEEN_TAG}`]],
    ['an attribute value without quotes', regel(L, 7, 'We <abbr title=OR>begeleiden</abbr> starters.'), [`${L}:7: ${GEEN_TAG}`]],
    ['an attribute value whose quote is not closed', regel(L, 7, 'We <abbr title="onderwijsregio>OR</abbr> begeleiden.'), [`${L}:7: ${GEEN_TAG}`]],
    ['a tag left open in its paragraph', regel(L, 7, 'We <abbr title="x">begeleiden starters.'), [`${L}:7: ${M}: <abbr> wordt niet gesloten in dezelfde alinea; schrijf </abbr> voor het einde van de alinea, of sluit de tag zelf af met />`]],
    ['a block tag never closed', regel(L, 7, 'We begeleiden starters.\n\n<details>\n\nMeer.'), [`${L}:9: ${M}: <details> wordt nergens gesloten; schrijf </details> erachter, of sluit de tag zelf af met />`]],
    ['a closing tag that does not match', regel(L, 7, '<details>\n\nMeer.\n\n</summary>'), [`${L}:11: ${M}: </summary> staat waar </details> moet staan: <details> op regel 7 is nog open`]],
    ['a closing tag without an opening one', regel(L, 7, 'We begeleiden starters.\n\n</details>'), [`${L}:9: ${M}: </details> sluit een tag die niet geopend is; haal </details> weg of zet <details> ervoor`]],
    ['an HTML comment', regel(L, 7, 'We begeleiden <!-- nog invullen --> starters.'), [`${L}:7: ${M}: HTML-commentaar (<!-- … -->) kan niet in MDX; schrijf commentaar als {/* … */}, of < als &lt; in gewone tekst`]],
    ['a brace never closed', regel(L, 7, 'We begeleiden {starters.'), [`${L}:7: ${M}: { wordt nergens gesloten met }; schrijf \\{ als u de accolade als tekst bedoelt`]],
    ['text between braces that is no code', regel(L, 7, 'We begeleiden {alle starters}.'), [`${L}:7: ${M}: tekst tussen accolades is in MDX code, en deze code is onleesbaar; schrijf \\{ en \\} als u de accolades als tekst bedoelt`]],
    ['frontmatter that is never closed', regel(L, 5, ''), [`${L}:1: de frontmatter wordt niet gesloten: zet na het laatste veld een regel met alleen "---"`]],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });
});

describe('regio.yaml and publication', () => {
  it.each<[string, Bewerking, string[]]>([
    ['invalid YAML', regel('data/regio.yaml', 3, 'sectoren: [vo, mbo'), ['data/regio.yaml:4: geen geldige YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens']],
    ['a missing naam', regel('data/regio.yaml', 1, '# geen naam'), ['data/regio.yaml:1: verplicht veld "naam" ontbreekt']],
    ['an unknown sector and regeling', (r) => { regel('data/regio.yaml', 3, 'sectoren: [vo, havo]')(r); regel('data/regio.yaml', 4, 'regeling: subsidie-2023')(r); }, [
      'data/regio.yaml:3: veld "sectoren": "havo" is geen sector (kies uit: po, so, vo, vso, mbo)',
      'data/regio.yaml:4: veld "regeling": "subsidie-2023" is geen toegestane waarde (kies uit: onderwijsregio-2024, landelijk-dekkend-netwerk-2025)',
    ]],
    ['an accent colour with too little contrast', voegToe('data/regio.yaml', 'accentkleur: "#7fb3d5"\n'), ['data/regio.yaml:8: veld "accentkleur": accentkleur #7fb3d5 heeft op wit een contrast van 2,26:1; dat moet minstens 4,5:1 zijn (kies een donkerdere kleur)']],
    ['a tolerance outside 0..1', regel('data/regio.yaml', 6, 'tolerantie: 10'), ['data/regio.yaml:6: veld "tolerantie": tolerantie 10 ligt niet tussen 0 en 1 (standaard 0.1)']],
    ['a bad accessibility status', voegToe('data/regio.yaml', 'toegankelijkheid:\n  status: F\n'), ['data/regio.yaml:8: veld "toegankelijkheid": toegankelijkheid.status "F" is geen nalevingsstatus (kies uit: A, B, C, D, E)']],
    ['a current quarter without a file', voegToe('data/regio.yaml', 'huidig_kwartaal: 2026-Q1\n'), ['data/regio.yaml:8: veld "huidig_kwartaal": huidig_kwartaal 2026-Q1 heeft geen kwartaalbestand content/kwartalen/2026-q1.mdx']],
    ['no approved quarter yet', regel('content/kwartalen/2025-q4.mdx', 5, ''), ['content/kwartalen/: er is nog geen vastgesteld kwartaal, dus nog niets om te publiceren; zet "vastgesteld: <datum>" in een kwartaalbestand (bekijk concepten met npm run dev)']],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });
});

describe('all problems in one run', () => {
  it('reports every defect of a region with several at once', () => {
    const result = controleer(
      regel('data/metingen.csv', 3, 'zij-instromers;2025-Q4;veel;;;nee'),
      voegToe('data/metingen.csv', 'uitval-starters;2025-Q4;8,4;;;nee\n'),
      regel('content/lijnen/behouden.mdx', 2, 'kop: x'),
    );
    expect(result.fouten).toEqual([
      'content/lijnen/behouden.mdx:1: verplicht veld "titel" ontbreekt',
      'data/metingen.csv:3: kolom "waarde": "veel" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)',
      'data/metingen.csv:6: indicator "uitval-starters" heeft voor 2025-Q4 al een meting op regel 5; één regel per indicator en kwartaal',
    ]);
  });
});

describe('no follow-up errors from a file that could not be read', () => {
  it.each<[string, Bewerking[], string[]]>([
    ['doelen.csv breaks off: its goals in MDX components and goal stories are not reported', [
      regel('data/doelen.csv', 2, 'meer-instroom;werven;"Meer instroom;;meetbaar;werven;2027-Q4;kerngroep'),
      schrijf('content/doelen/netwerk.mdx', '---\n---\nTekst.\n'),
    ], ['data/doelen.csv:2: een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel (het parsen loopt vast op regel 4); de regels hierna zijn niet gelezen']],
    ['regio.yaml is unreadable: themes named in its extra_themas are not reported', [
      regel('data/regio.yaml', 3, 'sectoren: [vo, mbo'),
      voegToe('data/regio.yaml', 'extra_themas: [zij-instroom]\n'),
      regel('data/doelen.csv', 4, 'netwerk;behouden;Een levend netwerk van begeleiders;;merkbaar;begeleiden|zij-instroom;;'),
    ], ['data/regio.yaml:4: geen geldige YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens']],
    ['a quote in the middle of an unquoted cell', [
      regel('data/doelen.csv', 4, 'netwerk;behouden;Een "levend" netwerk;;merkbaar;begeleiden;;'),
    ], ['data/doelen.csv:4: een cel op deze regel bevat een aanhalingsteken (") midden in de tekst; zet de hele cel tussen aanhalingstekens en schrijf elk " in de tekst als "" (Excel doet dat zelf bij Opslaan als CSV); de regels hierna zijn niet gelezen']],
  ])('%s', (_naam, bewerkingen, verwacht) => {
    expect(controleer(...bewerkingen).fouten).toEqual(verwacht);
  });
});

const B = 'content/lijnen/behouden.mdx';
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const SCHEMA_TIP = 'gebruik https://, http://, mailto:, tel: of een pad zonder adrestype';

describe('MDX that would run code or load something unsafe', () => {
  it.each<[string, Bewerking[], string[]]>([
    ['code in a JSX attribute', [regel(B, 7, `<div title={require('node:fs').readFileSync('/etc/passwd', 'utf8')}>x</div>`)], [`${B}:7: <div>: title={…} is code; schrijf een vaste waarde tussen aanhalingstekens: title="…"`]],
    ['code in a component attribute', [regel(B, 7, `<DoelStatus doel={require('node:fs').readFileSync('/etc/passwd', 'utf8')} />`)], [`${B}:7: <DoelStatus>: doel={…} is code; schrijf een vaste waarde tussen aanhalingstekens: doel="…"`]],
    ['a spread attribute', [regel(B, 7, '<DoelStatus {...x} />')], [`${B}:7: <DoelStatus>: {...x} tussen de attributen is code; schrijf alleen attributen als naam="waarde"`]],
    ['an unknown attribute on a component', [regel(B, 7, '<IndicatorGrafiek indicator="zij-instromers" hoogte="300" />')], [`${B}:7: <IndicatorGrafiek>: onbekend attribuut "hoogte"; <IndicatorGrafiek> kent alleen indicator="…"`]],
    ['code wrapped in comments', [regel(B, 7, '{/* a */ process.env.HOME /* b */}')], [`${B}:7: {/* a */ process.env.HOME /* b …}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt`]],
    ['a <script>', [regel(B, 7, '<script>alert(1)</script>')], [`${B}:7: HTML-element <script> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['an <iframe>', [regel(B, 7, '<iframe src="https://example.org/" />')], [`${B}:7: HTML-element <iframe> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['a <meta http-equiv=refresh>', [regel(B, 7, '<meta http-equiv="refresh" content="0;url=https://example.org/" />')], [`${B}:7: HTML-element <meta> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['a <style>', [regel(B, 7, '<style>body</style>')], [`${B}:7: HTML-element <style> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['an <object>', [regel(B, 7, '<object data="./x.swf" />')], [`${B}:7: HTML-element <object> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['a <form>', [regel(B, 7, '<form action="https://example.org/">x</form>')], [`${B}:7: HTML-element <form> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan`]],
    ['an event handler', [regel(B, 7, 'We <span onclick="alert(1)">begeleiden</span> starters.')], [`${B}:7: <span>: attribuut "onclick" is niet toegestaan (bij <span> kan: title, lang)`]],
    ['an attribute on the next line of a tag', [regel(B, 7, '<abbr\n  title="x"\n  style="color: red">OR</abbr>')], [`${B}:9: <abbr>: attribuut "style" is niet toegestaan (bij <abbr> kan: title, lang)`]],
    ['a javascript: link', [regel(B, 7, '[Klik](javascript:alert(1))')], [`${B}:7: link "javascript:alert(1)": het adrestype "javascript:" is niet toegestaan; ${SCHEMA_TIP}`]],
    ['a javascript: link with a character reference', [regel(B, 7, '[Klik](JaVa&#115;cript:alert(1))')], [`${B}:7: link "JaVascript:alert(1)": het adrestype "javascript:" is niet toegestaan; ${SCHEMA_TIP}`]],
    ['a data: reference definition', [regel(B, 7, '[Klik][x]\n\n[x]: data:text/html,hoi')], [`${B}:9: verwijzing [x] "data:text/html,hoi": het adrestype "data:" is niet toegestaan; ${SCHEMA_TIP}`]],
    ['a vbscript: href', [regel(B, 7, '<a href=" VBScript:x">Klik</a>')], [`${B}:7: <a href=" VBScript:x">: het adrestype "vbscript:" is niet toegestaan; ${SCHEMA_TIP}`]],
    ['a text file named like an image', [schrijf('content/lijnen/nep.png', 'geen afbeelding\n'), regel(B, 7, '![Foto](./nep.png)')], [`${B}:7: afbeelding "./nep.png" is geen PNG-bestand: de inhoud is geen afbeelding; sla de afbeelding opnieuw op als PNG`]],
    ['a PNG signature with no image behind it', [(r) => writeFileSync(join(r, 'content/lijnen/kapot.png'), Buffer.concat([PNG_1X1.subarray(0, 8), Buffer.from('geen afbeelding')])), regel(B, 7, '![Foto](./kapot.png)')], [`${B}:7: afbeelding "./kapot.png": het bestand begint als PNG, maar de afbeelding is onleesbaar of beschadigd; sla de afbeelding opnieuw op als PNG`]],
    ['a folder named like an image', [schrijf('content/lijnen/map.png/leeg.txt', ''), regel(B, 7, '![Foto](./map.png)')], [`${B}:7: afbeelding "./map.png" is een map, geen bestand`]],
    ['an SVG image', [schrijf('content/lijnen/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), regel(B, 7, '![Logo](./logo.svg)')], [`${B}:7: afbeelding "./logo.svg": SVG kan niet (een SVG-bestand kan programmacode bevatten); sla de afbeelding op als PNG`]],
    ['an image path out of the region', [regel(B, 7, '![Foto](../../../etc/x.png)')], [`${B}:7: afbeelding "../../../etc/x.png" ligt buiten de regiomap; zet de afbeelding in de map content`]],
    ['an image from the internet', [regel(B, 7, '![Foto](https://example.org/x.png)')], [`${B}:7: afbeelding "https://example.org/x.png": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./foto.jpg; een afbeelding van internet kan niet`]],
    ['a layout in the frontmatter', [regel(B, 3, 'layout: ./opmaak.mjs\nvolgorde: 2')], [`${B}:3: veld "layout" kan niet: de monitor bepaalt zelf de opmaak, en een layout is programmacode; haal de regel weg`]],
    ['a body hidden behind a second ---', [regel(B, 5, '---x: {process.exit(1)}\n---')], [`${B}:5: de frontmatter moet beginnen en eindigen met een regel met alleen "---"; deze regel begint met --- en is het einde van de frontmatter`]],
  ])('%s', (_naam, bewerkingen, verwacht) => {
    expect(controleer(...bewerkingen).fouten).toEqual(verwacht);
  });

  it('accepts a real image, allowed HTML, safe links and a comment', () => {
    const { fouten, waarschuwingen } = controleer(
      (r) => writeFileSync(join(r, 'content/lijnen/foto.png'), PNG_1X1),
      regel(B, 7, '![Foto](./foto.png) <abbr title="onderwijsregio">OR</abbr> [mail](mailto:a@example.org) [kop](#doelen) {/* later */}\n\n<details open><summary>Meer</summary>Tekst</details>'),
    );
    expect({ fouten, waarschuwingen }).toEqual({ fouten: [], waarschuwingen: [] });
  });
});

describe('more kinds of bad input', () => {
  it.each<[string, Bewerking, string[]]>([
    ['a column twice in the header', regel('data/begrippen.csv', 1, 'term;uitleg;uitleg'), ['data/begrippen.csv:1: kolom "uitleg" staat twee keer in de kopregel']],
    ['an unquoted separator inside a value', regel('data/uitgaven.csv', 2, 'werven;2025-Q4;12.500;50'), ['data/uitgaven.csv:2: deze regel heeft 4 of meer cellen, de kopregel 3 kolommen (extra: "50"); staat er een puntkomma in een getal of tekst zonder aanhalingstekens?']],
    ['code between braces in MDX text', regel('content/lijnen/behouden.mdx', 7, 'Samen met {Deltastad} begeleiden we starters.'), ['content/lijnen/behouden.mdx:7: {Deltastad}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt']],
    ['an import in MDX', regel('content/lijnen/behouden.mdx', 7, "import Kaart from './kaart.astro';"), ['content/lijnen/behouden.mdx:7: import en export worden niet ondersteund; <DoelStatus> en <IndicatorGrafiek> zijn al beschikbaar zonder import']],
    ['a sentence that starts with the word import', regel('content/lijnen/behouden.mdx', 7, 'import van gegevens gaat via Excel.'), ['content/lijnen/behouden.mdx:7: een alinea die begint met het woord "import" leest MDX als code; begin de zin met een hoofdletter ("Import ...") of met een ander woord']],
    ['an export statement in MDX', regel('content/lijnen/behouden.mdx', 7, 'export const jaar = 2026;'), ['content/lijnen/behouden.mdx:7: import en export worden niet ondersteund; <DoelStatus> en <IndicatorGrafiek> zijn al beschikbaar zonder import']],
    ['a tag left open in MDX', regel('content/lijnen/behouden.mdx', 7, '<DoelStatus doel="meer-instroom">'), ['content/lijnen/behouden.mdx:7: MDX kan niet gelezen worden: <DoelStatus> wordt nergens gesloten; schrijf </DoelStatus> erachter, of sluit de tag zelf af met />']],
    ['a missing image', regel('content/lijnen/behouden.mdx', 7, '![Foto](./foto.jpg)'), ['content/lijnen/behouden.mdx:7: afbeelding "./foto.jpg" bestaat niet (zet het bestand naast behouden.mdx of pas het pad aan)']],
    ['invalid frontmatter YAML reports the YAML only', regel('content/lijnen/behouden.mdx', 4, 'samenvatting: Leraren: blijven: hier'), ['content/lijnen/behouden.mdx:4: geen geldige YAML (Nested mappings are not allowed in compact mappings); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens']],
  ])('%s', (_naam, bewerking, verwacht) => {
    expect(controleer(bewerking).fouten).toEqual(verwacht);
  });

  it('does not report every reference into a CSV file that could only be read part-way', () => {
    const { fouten } = controleer(regel('data/activiteiten.csv', 2, 'open-dagen;werven;meer-instroom;"Gezamenlijke open dagen;lerarenopleidingen;2025-Q1;2026-Q4'));
    expect(fouten).toEqual(['data/activiteiten.csv:2: een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel; de regels hierna zijn niet gelezen']);
  });

  it('warns when a # in YAML silently cuts off a value', () => {
    const { fouten, waarschuwingen } = controleer(voegToe('data/regio.yaml', 'accentkleur: #1f5f8b\n'));
    expect(fouten).toEqual([]);
    expect(waarschuwingen).toEqual(['data/regio.yaml:8: waarschuwing: veld "accentkleur": alles vanaf # is in YAML commentaar en valt weg (het veld is nu leeg); zet de waarde tussen aanhalingstekens, bijvoorbeeld accentkleur: "#1f5f8b"']);
  });

  it('accepts Dutch whole-euro notation', () => {
    expect(controleer(regel('data/begroting.csv', 2, 'werven;2025;€ 225.000,-')).fouten).toEqual([]);
  });
});

describe('snapshots (data/snapshots/, written by npm run vaststellen)', () => {
  // A snapshot as npm run vaststellen writes it, of the base region's approved quarter.
  const basis = loadMonitor(BASIS, 'publicatie').monitor!;
  const json = momentopnameJson(nieuweMomentopname({ rapport: actueelRapport(basis, '2025-Q4'), versie: 1, vastgesteld: '2026-01-20', toolVersie: '0.1.0' }));
  // Edited as a hand would: the keys that stay keep their place.
  const geldig = (wijzig?: (m: Momentopname) => unknown) => (wijzig ? `${JSON.stringify(wijzig(JSON.parse(json) as Momentopname), null, 2)}\n` : json);
  const metPdf = (naam: string): Bewerking => schrijf(`data/snapshots/${naam}`, '%PDF-1.7');
  const concept = schrijf('content/kwartalen/2026-q1.mdx', '---\nkwartaal: 2026-Q1\nsamenvatting: Nog bezig.\n---\n');

  it('accepts a snapshot with its PDF', () => {
    expect(controleer(schrijf('data/snapshots/2025-q4.json', geldig()), metPdf('2025-q4.pdf'))).toEqual({ fouten: [], waarschuwingen: [] });
  });

  it.each<[string, Bewerking[], string[]]>([
    ['bad JSON', [schrijf('data/snapshots/2025-q4.json', geldig().replace('"versie": 1,', '"versie": 1'))], ['data/snapshots/2025-q4.json:8: geen geldige JSON (Expected \',\' or \'}\' after property value); zet het bestand terug zoals npm run vaststellen het schreef']],
    ['another schema version', [schrijf('data/snapshots/2025-q4.json', geldig().replace('"schema": 1', '"schema": 2'))], ['data/snapshots/2025-q4.json:2: schemaversie 2 wordt niet gelezen; deze versie van de monitor leest momentopnamen met schemaversie 1']],
    ['another quarter than the file name', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, kwartaal: '2025-Q3' })))], ['data/snapshots/2025-q4.json:7: kwartaal 2025-Q3 past niet bij de bestandsnaam 2025-q4.json (verwacht 2025-Q4)']],
    ['a snapshot of a concept', [concept, schrijf('data/snapshots/2026-q1.json', geldig().replaceAll('2025-Q4', '2026-Q1'))], ['data/snapshots/2026-q1.json:1: 2026-Q1 is bevroren, maar content/kwartalen/2026-q1.mdx heeft geen "vastgesteld"; een concept heeft geen momentopname: zet de datum terug of verwijder 2026-q1.json']],
    ['a snapshot without quarter file', [schrijf('data/snapshots/2025-q3.json', geldig().replaceAll('2025-Q4', '2025-Q3'))], ['data/snapshots/2025-q3.json:1: er is geen kwartaalbestand content/kwartalen/2025-q3.mdx bij deze momentopname; zet het terug of verwijder 2025-q3.json']],
    ['a field missing', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, rapport: { ...m.rapport, lijnen: undefined } })))], ['data/snapshots/2025-q4.json:1: is geen momentopname zoals npm run vaststellen die schrijft: rapport.lijnen ontbreekt of heeft de verkeerde soort waarde']],
    ['an unknown status', [schrijf('data/snapshots/2025-q4.json', geldig().replace('"status": "op-koers"', '"status": "prima"'))], ['data/snapshots/2025-q4.json:102: is geen momentopname zoals npm run vaststellen die schrijft: rapport.lijnen[1].check[1].status ontbreekt of heeft de verkeerde soort waarde']],
    ['a key npm run vaststellen does not write', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, rapport: { ...m.rapport, lijnen: m.rapport.lijnen.map((l, i) => (i === 0 ? { ...l, opmerking: 'met de hand' } : l)) } })))], ['data/snapshots/2025-q4.json:64: is geen momentopname zoals npm run vaststellen die schrijft: rapport.lijnen[0].opmerking is geen veld van een momentopname; zet het bestand terug zoals npm run vaststellen het schreef']],
    ['a top-level key npm run vaststellen does not write', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, goedgekeurd: true })))], ['data/snapshots/2025-q4.json:112: is geen momentopname zoals npm run vaststellen die schrijft: goedgekeurd is geen veld van een momentopname; zet het bestand terug zoals npm run vaststellen het schreef']],
    ['a revision of another shape', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, herziening: 'correctie' })))], ['data/snapshots/2025-q4.json:10: is geen momentopname zoals npm run vaststellen die schrijft: herziening ontbreekt of heeft de verkeerde soort waarde']],
    ['a revision without reason', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, versie: 2 }))), schrijf('data/snapshots/2025-q4.v1.json', geldig())], ['data/snapshots/2025-q4.json:10: versie 2 is een herziening en moet een reden en datum hebben ("herziening": {"datum": …, "reden": …})']],
    ['an earlier version missing', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, versie: 2, herziening: { datum: '2026-02-01', reden: 'correctie' } })))], ['data/snapshots/2025-q4.json:8: versie 2 van 2025-Q4 verwacht de eerdere versies 2025-q4.v1.json ernaast; de oorspronkelijke momentopnamen blijven bewaard, zet ze terug']],
    ['a version number that does not fit its name', [schrijf('data/snapshots/2025-q4.v1.json', geldig((m) => ({ ...m, versie: 3 }))), schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, versie: 2, herziening: { datum: '2026-02-01', reden: 'correctie' } })))], [
      'data/snapshots/2025-q4.json:8: versie 2 van 2025-Q4 verwacht de eerdere versies 2025-q4.v1.json ernaast; de oorspronkelijke momentopnamen blijven bewaard, zet ze terug',
      'data/snapshots/2025-q4.v1.json:8: versie 3 past niet bij de bestandsnaam 2025-q4.v1.json (verwacht 1)',
    ]],
    ['a date in another form', [schrijf('data/snapshots/2025-q4.json', geldig((m) => ({ ...m, vastgesteld: '20-01-2026' })))], ['data/snapshots/2025-q4.json:9: "20-01-2026" is geen datum in de vorm JJJJ-MM-DD']],
    ['an earlier version without the current one', [schrijf('data/snapshots/2025-q4.v1.json', geldig())], ['data/snapshots/2025-q4.v1.json:1: er is geen 2025-q4.json bij deze eerdere versie; een herziening is onderbroken: zet het bestand terug of draai npm run vaststellen -- 2025-Q4 --herzien "<reden>" opnieuw']],
  ])('%s', (_naam, bewerkingen, verwacht) => {
    expect(controleer(...bewerkingen, metPdf('2025-q4.pdf')).fouten).toEqual(verwacht);
  });

  it('accepts a plan activity without wie (the region need not name who)', () => {
    const zonderWie = geldig((m) => ({ ...m, rapport: { ...m.rapport, lijnen: m.rapport.lijnen.map((l) => ({ ...l, plan: { ...l.plan, activiteiten: l.plan.activiteiten.map(({ wie: _wie, ...a }) => a) } })) } }));
    expect(geldig()).toContain('"wie"');
    expect(zonderWie).not.toContain('"wie"');
    expect(controleer(schrijf('data/snapshots/2025-q4.json', zonderWie), metPdf('2025-q4.pdf'))).toEqual({ fouten: [], waarschuwingen: [] });
  });

  it('warns about a missing PDF and files it does not know', () => {
    expect(controleer(schrijf('data/snapshots/2025-q4.json', geldig()), schrijf('data/snapshots/notities.txt', 'x'), metPdf('2024-q1.pdf')).waarschuwingen).toEqual([
      'data/snapshots/2024-q1.pdf: waarschuwing: PDF zonder momentopname 2024-q1.json; hij wordt niet gepubliceerd',
      'data/snapshots/2025-q4.json: waarschuwing: de PDF 2025-q4.pdf ontbreekt; maak hem met npm run vaststellen -- 2025-Q4',
      'data/snapshots/notities.txt: waarschuwing: onbekend bestand wordt genegeerd (npm run vaststellen schrijft hier 2025-q4.json, 2025-q4.pdf en bij een herziening 2025-q4.v1.json)',
    ]);
  });
});
