// Messages of group J in docs/foutmeldingen.md: Vaststellen en bevriezen (npm run vaststellen).
// Printed by the command itself; it puts the file in front where there is one, and ends every
// refusal with "Er is niets geschreven." (NIETS_GESCHREVEN), so the templates leave both out.
import { fout, type Hoofdstuk } from './soort.ts';
const VOORBEELD = 'npm run vaststellen -- 2026-Q3 (eventueel met --datum 2026-10-15, of --herzien "<reden>" voor een correctie)';

export const VASTSTELLEN = {
  'vaststellen.geen-kwartaal': fout(() => `Noem het kwartaal dat het bestuurlijk platform heeft vastgesteld: ${VOORBEELD}.`),
  'vaststellen.meer-kwartalen': fout((p: { kwartalen: string[] }) => `Noem één kwartaal, niet ${p.kwartalen.join(' en ')}: ${VOORBEELD}.`, { kwartalen: ['2026-Q1', '2026-Q2'] }),
  'vaststellen.datum-zonder-datum': fout(() => '--datum zonder datum; schrijf bijvoorbeeld --datum 2026-10-15.'),
  /** `reden`: the date cell's own message (cel.geen-datum, cel.geen-bestaande-datum). */
  'vaststellen.datum-ongeldig': fout((p: { reden: string }) => `--datum: ${p.reden}.`, { reden: '"31-02-2026" is geen bestaande datum' }),
  'vaststellen.herzien-zonder-reden': fout(
    () => '--herzien zonder reden; schrijf bijvoorbeeld --herzien "meting zij-instromers 2026-Q2 gecorrigeerd na levering DUO".',
  ),
  'vaststellen.onbekende-optie': fout(
    (p: { optie: string }) => `onbekende optie ${p.optie}; npm run vaststellen kent alleen --datum JJJJ-MM-DD en --herzien "<reden>".`,
    { optie: '--snel' },
  ),
  /** `reden`: the quarter cell's own message (cel.geen-kwartaal, cel.ongeldig-kwartaal). */
  'vaststellen.kwartaal-onleesbaar': fout((p: { reden: string }) => `${p.reden}.`, { reden: '"herfst" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3)' }),
  'vaststellen.datum-na-vandaag': fout(
    (p: { datum: string; vandaag: string }) =>
      `De datum ${p.datum} ligt na vandaag (${p.vandaag}); stel een kwartaal pas vast als het bestuurlijk platform het heeft vastgesteld.`,
    { datum: '2026-04-16', vandaag: '2026-04-15' },
  ),
  'vaststellen.regio-fouten': fout(() => 'De regio heeft fouten; los die eerst op (npm run check).'),
  'vaststellen.geen-kwartaalbestand': fout(
    (p: { slug: string; kwartaal: string }) => `Er is geen kwartaalbestand content/kwartalen/${p.slug}.mdx; maak het met npm run nieuw-kwartaal -- ${p.kwartaal}.`,
    { slug: '2026-q2', kwartaal: '2026-Q2' },
  ),
  'vaststellen.eerder-concept': fout(
    (p: { kwartaal: string }) => `het eerdere kwartaal ${p.kwartaal} is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst ${p.kwartaal} vast.`,
    { kwartaal: '2026-Q1' },
  ),
  'vaststellen.datum-staat-al': fout(
    (p: { datum: string }) => `vastgesteld staat al op ${p.datum}; laat --datum weg of pas de datum in het bestand zelf aan.`,
    { datum: '2026-01-20' },
  ),
  'vaststellen.al-bevroren': fout(
    (p: { kwartaal: string; versie: number }) =>
      `${p.kwartaal} is al vastgesteld en bevroren (versie ${p.versie}); een vastgestelde rapportage verandert niet. Blijkt een vastgesteld cijfer fout, verbeter dan de gegevens en stel een correctie vast met --herzien "<reden>".`,
    { kwartaal: '2026-Q1', versie: 1 },
  ),
  'vaststellen.herzien-niet-bevroren': fout(
    (p: { kwartaal: string }) => `--herzien: ${p.kwartaal} is nog niet bevroren; stel het eerst vast zonder --herzien.`,
    { kwartaal: '2025-Q4' },
  ),
  'vaststellen.site-kan-niet-publiceren': fout((p: { kwartaal: string }) => `De site kan ${p.kwartaal} zo niet publiceren.`, { kwartaal: '2026-Q1' }),
  'vaststellen.niets-te-herzien': fout(
    (p: { kwartaal: string; versie: number }) => `--herzien: de rapportage van ${p.kwartaal} is gelijk aan de vastgestelde versie ${p.versie}; er is niets te herzien.`,
    { kwartaal: '2025-Q4', versie: 2 },
  ),
  'vaststellen.geen-frontmatter': fout(() => 'de frontmatter is niet te vinden;'),
  /** `reden`: why there is no browser (pdf.geen-browser, pdf.chromium-path). */
  'vaststellen.pdf-geen-browser': fout(
    (p: { reden: string; kwartaal: string }) =>
      `${p.reden} De momentopname is geschreven, de PDF nog niet: draai daarna npm run vaststellen -- ${p.kwartaal} opnieuw, dan wordt alleen de PDF gemaakt.`,
    { reden: 'Geen browser gevonden om de PDF te maken; installeer Chromium, Chrome of Edge, of zet CHROMIUM_PATH op het programma.', kwartaal: '2026-Q1' },
  ),
  'vaststellen.pdf-niet-gemaakt': fout(() => 'de PDF is niet gemaakt.'),
  'vaststellen.pdf-mislukt': fout(
    (p: { reden: string; kwartaal: string }) =>
      `de PDF is niet gemaakt (${p.reden}); de momentopname is wel geschreven. Verhelp de oorzaak en draai npm run vaststellen -- ${p.kwartaal} opnieuw.`,
    { reden: '...', kwartaal: '2026-Q1' },
  ),
  'vaststellen.schrijven-mislukt': fout(
    (p: { code: string; kwartaal: string; herzien: boolean }) =>
      `schrijven mislukt (${p.code}); elk bestand is compleet of ongewijzigd. Verhelp de oorzaak en draai npm run vaststellen -- ${p.kwartaal}${p.herzien ? ' --herzien "<reden>"' : ''} opnieuw: wat al geschreven is, wordt afgemaakt.`,
    { code: 'EACCES', kwartaal: '2026-Q1', herzien: false },
  ),
};

export const VASTSTELLEN_DOCS: Hoofdstuk = {
  letter: 'J',
  titel: `Vaststellen en bevriezen (npm run vaststellen)`,
  inleiding: `\`npm run vaststellen -- <kwartaal> [--datum JJJJ-MM-DD] [--herzien "<reden>"]\` (zie
[Het kwartaal, stap 8](kwartaal.md#stap-8-na-de-vergadering-vaststellen-en-bevriezen)) controleert
de regiomap eerst zoals \`npm run check\`; fouten ziet u met dezelfde meldingen, gevolgd door
\`De regio heeft fouten; los die eerst op (npm run check). Er is niets geschreven.\` Elke weigering
hieronder eindigt met \`Er is niets geschreven.\`: er is dan geen bestand veranderd.

`,
  codes: ['vaststellen.regio-fouten'],
  koppen: [
    {
      kop: `Noem het kwartaal / --datum / --herzien / onbekende optie`,
      codes: ['vaststellen.geen-kwartaal', 'vaststellen.meer-kwartalen', 'vaststellen.datum-zonder-datum', 'vaststellen.datum-ongeldig', 'vaststellen.herzien-zonder-reden', 'vaststellen.onbekende-optie', 'vaststellen.kwartaal-onleesbaar'],
      tekst: `\`\`\`
Noem het kwartaal dat het bestuurlijk platform heeft vastgesteld: npm run vaststellen -- 2026-Q3 (eventueel met --datum 2026-10-15, of --herzien "<reden>" voor een correctie).
Noem één kwartaal, niet 2026-Q1 en 2026-Q2: npm run vaststellen -- 2026-Q3 (...).
--datum zonder datum; schrijf bijvoorbeeld --datum 2026-10-15.
--datum: "31-02-2026" is geen bestaande datum.
--herzien zonder reden; schrijf bijvoorbeeld --herzien "meting zij-instromers 2026-Q2 gecorrigeerd na levering DUO".
onbekende optie --snel; npm run vaststellen kent alleen --datum JJJJ-MM-DD en --herzien "<reden>".
\`\`\`

Zet de reden van een herziening tussen aanhalingstekens; ze komt op de site op de pagina
*Herzieningen*.

`,
    },
    {
      kop: `De datum ... ligt na vandaag`,
      codes: ['vaststellen.datum-na-vandaag'],
      tekst: `\`\`\`
De datum 2026-04-16 ligt na vandaag (2026-04-15); stel een kwartaal pas vast als het bestuurlijk platform het heeft vastgesteld. Er is niets geschreven.
\`\`\`

Stel vast na de vergadering, met de datum van de vergadering.

`,
    },
    {
      kop: `Er is geen kwartaalbestand ...`,
      codes: ['vaststellen.geen-kwartaalbestand'],
      tekst: `\`\`\`
Er is geen kwartaalbestand content/kwartalen/2026-q2.mdx; maak het met npm run nieuw-kwartaal -- 2026-Q2. Er is niets geschreven.
\`\`\`

`,
    },
    {
      kop: `het eerdere kwartaal ... is nog een concept`,
      codes: ['vaststellen.eerder-concept'],
      tekst: `\`\`\`
content/kwartalen/2026-q1.mdx: het eerdere kwartaal 2026-Q1 is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst 2026-Q1 vast. Er is niets geschreven.
\`\`\`

Stel eerst het eerdere kwartaal vast. Anders kwamen de cijfers van dat concept mee naar buiten.

`,
    },
    {
      kop: `vastgesteld staat al op ...`,
      codes: ['vaststellen.datum-staat-al'],
      tekst: `\`\`\`
content/kwartalen/2025-q4.mdx:5: vastgesteld staat al op 2026-01-20; laat --datum weg of pas de datum in het bestand zelf aan. Er is niets geschreven.
\`\`\`

Het kwartaalbestand heeft al een andere datum. Klopt die, laat \`--datum\` dan weg; anders verbetert u
de datum in het bestand en draait u de opdracht opnieuw.

`,
    },
    {
      kop: `... is al vastgesteld en bevroren`,
      codes: ['vaststellen.al-bevroren'],
      tekst: `\`\`\`
data/snapshots/2026-q1.json: 2026-Q1 is al vastgesteld en bevroren (versie 1); een vastgestelde rapportage verandert niet. Blijkt een vastgesteld cijfer fout, verbeter dan de gegevens en stel een correctie vast met --herzien "<reden>". Er is niets geschreven.
\`\`\`

Zie [Een vastgestelde waarde blijkt fout](kwartaal.md#een-vastgestelde-waarde-blijkt-fout). Ontbreekt
alleen de PDF, dan weigert de opdracht niet maar maakt hij de PDF.

`,
    },
    {
      kop: `--herzien: ... is nog niet bevroren / er is niets te herzien`,
      codes: ['vaststellen.herzien-niet-bevroren', 'vaststellen.niets-te-herzien'],
      tekst: `\`\`\`
--herzien: 2025-Q4 is nog niet bevroren; stel het eerst vast zonder --herzien. Er is niets geschreven.
--herzien: de rapportage van 2025-Q4 is gelijk aan de vastgestelde versie 2; er is niets te herzien. Er is niets geschreven.
\`\`\`

Een herziening vervangt een bevroren versie. Is er nog geen, stel dan eerst vast zonder \`--herzien\`.
Is er niets veranderd, dan is er niets te herzien: verbeter eerst de gegevens.

`,
    },
    {
      kop: `De PDF is (nog) niet gemaakt`,
      codes: ['vaststellen.pdf-geen-browser', 'vaststellen.pdf-mislukt', 'vaststellen.pdf-niet-gemaakt'],
      tekst: `\`\`\`
data/snapshots/2026-q1.pdf: Geen browser gevonden om de PDF te maken; installeer Chromium, Chrome of Edge, of zet CHROMIUM_PATH op het programma. De momentopname is geschreven, de PDF nog niet: draai daarna npm run vaststellen -- 2026-Q1 opnieuw, dan wordt alleen de PDF gemaakt.
data/snapshots/2026-q1.pdf: de PDF is niet gemaakt (...); de momentopname is wel geschreven. Verhelp de oorzaak en draai npm run vaststellen -- 2026-Q1 opnieuw.
\`\`\`

Het kwartaal is vastgesteld en bevroren; alleen de PDF ontbreekt. Bij de eerste melding eindigt de
opdracht zonder fout (exitcode 0), bij de tweede met een fout. Installeer een browser of verhelp de
oorzaak en draai dezelfde opdracht opnieuw, zonder \`--herzien\`: dan wordt alleen de PDF gemaakt.

`,
    },
    {
      kop: `schrijven mislukt`,
      codes: ['vaststellen.schrijven-mislukt'],
      tekst: `\`\`\`
data/snapshots/2026-q1.json: schrijven mislukt (EACCES); elk bestand is compleet of ongewijzigd. Verhelp de oorzaak en draai npm run vaststellen -- 2026-Q1 opnieuw: wat al geschreven is, wordt afgemaakt.
\`\`\`

De schijf is vol, de map is alleen-lezen of een bestand is geopend in een ander programma. De opdracht
schrijft eerst de datum in het kwartaalbestand, dan de momentopname, dan de PDF; een nieuwe poging
maakt af wat ontbrak.

`,
    },
    {
      kop: `De site kan ... zo niet publiceren / de frontmatter is niet te vinden`,
      codes: ['vaststellen.site-kan-niet-publiceren', 'vaststellen.geen-frontmatter'],
      tekst: `\`\`\`
De site kan 2026-Q1 zo niet publiceren. Er is niets geschreven.
content/kwartalen/2026-q1.mdx:1: de frontmatter is niet te vinden; Er is niets geschreven.
\`\`\`

De regiomap is in orde, maar de rapportage zou als vastgesteld kwartaal niet gepubliceerd kunnen worden;
de reden staat erboven, met dezelfde melding als bij \`npm run build\`. Los die op en draai de opdracht
opnieuw. De tweede melding hoort niet voor te komen (\`npm run check\` weigert zo'n bestand al): stuur de
hele uitvoer naar wie de monitor voor u beheert.

`,
    },
  ],
};
