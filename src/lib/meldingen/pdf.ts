// Messages of group I in docs/foutmeldingen.md: De PDF voor het bestuurlijk platform.
// Printed by the command itself (no Problem), one line each, then "De PDF is niet gemaakt; er is
// niets geschreven." (pdf.niet-gemaakt).
import { fout, type Hoofdstuk } from './soort.ts';

const VOORBEELD = 'npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf)';

export const PDF = {
  'pdf.niet-gemaakt': fout(() => 'De PDF is niet gemaakt; er is niets geschreven.'),
  'pdf.geen-kwartaal': fout(() => `Noem het kwartaal: ${VOORBEELD}.`),
  'pdf.meer-kwartalen': fout((p: { kwartalen: string[] }) => `Noem één kwartaal, niet ${p.kwartalen.join(' en ')}: ${VOORBEELD}.`, { kwartalen: ['2026-Q3', '2026-Q4'] }),
  /** `reden`: the quarter cell's own message (cel.geen-kwartaal, cel.ongeldig-kwartaal). */
  'pdf.kwartaal-onleesbaar': fout((p: { reden: string }) => `${p.reden}.`, { reden: '"herfst" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3)' }),
  'pdf.uit-zonder-naam': fout(() => '--uit zonder bestandsnaam; schrijf bijvoorbeeld --uit rapport.pdf.'),
  'pdf.uit-geen-pdf': fout((p: { naam: string }) => `--uit ${p.naam}: de bestandsnaam moet op .pdf eindigen.`, { naam: 'rapport.docx' }),
  'pdf.onbekende-optie': fout((p: { optie: string }) => `onbekende optie ${p.optie}; npm run pdf kent alleen --uit <bestand.pdf>.`, { optie: '--open' }),
  'pdf.geen-rapportage': fout(
    (p: { kwartaal: string; slug: string }) => `Er is geen kwartaalrapportage voor ${p.kwartaal}: maak eerst content/kwartalen/${p.slug}.mdx aan.`,
    { kwartaal: '2027-Q1', slug: '2027-q1' },
  ),
  'pdf.in-regiomap': fout(
    (p: { pad: string; map: string }) =>
      `${p.pad} ligt in de regiomap (${p.map}/), waar alleen de gegevens en teksten van de regio staan; kies met --uit een plek daarbuiten.`,
    { pad: 'C:\\Regio\\data\\rapport.pdf', map: 'data' },
  ),
  'pdf.map-bestaat-niet': fout(
    (p: { map: string }) => `De map ${p.map} bestaat niet; maak hem eerst aan of kies met --uit een andere plek.`,
    { map: 'C:\\Vergadering\\januari' },
  ),
  'pdf.is-een-map': fout(
    (p: { pad: string }) => `${p.pad} is een map; noem met --uit een bestand, bijvoorbeeld --uit rapport.pdf.`,
    { pad: 'C:\\Vergadering\\rapport.pdf' },
  ),
  'pdf.bestaat-al': fout(
    (p: { pad: string }) => `${p.pad} bestaat al en is niet door npm run pdf gemaakt; kies met --uit een andere naam, of verwijder of hernoem het bestand zelf.`,
    { pad: 'C:\\Vergadering\\rapport.pdf' },
  ),
  'pdf.geen-browser': fout(() => 'Geen browser gevonden om de PDF te maken; installeer Chromium, Chrome of Edge, of zet CHROMIUM_PATH op het programma.'),
  'pdf.chromium-path': fout(
    (p: { pad: string }) =>
      `CHROMIUM_PATH is ${p.pad}, maar dat is geen programma dat gestart kan worden; zet CHROMIUM_PATH op Chromium, Chrome of Edge, of laat CHROMIUM_PATH weg.`,
    { pad: '/opt/chrome/chrome' },
  ),
  'pdf.browser-start-niet': fout(
    (p: { pad: string; reden: string }) => `De browser ${p.pad} start niet: ${p.reden}`,
    { pad: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', reden: '...' },
  ),
  'pdf.pagina-niet-gebouwd': fout(
    (p: { pagina: string; status: string }) => `De pagina ${p.pagina} is niet gebouwd (${p.status}).`,
    { pagina: 'kwartalen/2026-q3/', status: '404' },
  ),
  'pdf.niet-geschreven': fout(
    (p: { pad: string; reden: string }) => `${p.pad} kon niet worden geschreven: ${p.reden}`,
    { pad: 'C:\\Vergadering\\rapport.pdf', reden: '...' },
  ),
};

export const PDF_DOCS: Hoofdstuk = {
  letter: 'I',
  titel: 'De PDF voor het bestuurlijk platform',
  inleiding: `\`npm run pdf -- <kwartaal>\` (zie [Het kwartaal, stap 7](kwartaal.md#stap-7-bekijken-en-voorleggen))
controleert de regiomap eerst zoals \`npm run dev\` (bij een concept) of \`npm run build\` (bij een
vastgesteld kwartaal): fouten in de regiomap ziet u met dezelfde meldingen als daar. Elke melding hieronder
eindigt met de regel \`De PDF is niet gemaakt; er is niets geschreven.\`: er is dan geen bestand
geschreven of veranderd.

`,
  codes: ['pdf.niet-gemaakt'],
  koppen: [
    {
      kop: `Noem het kwartaal / Noem één kwartaal`,
      codes: ['pdf.geen-kwartaal', 'pdf.meer-kwartalen'],
      tekst: `\`\`\`
Noem het kwartaal: npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf).
Noem één kwartaal, niet 2026-Q3 en 2026-Q4: npm run pdf -- 2026-Q3 (eventueel met --uit rapport.pdf).
\`\`\`

Zet na \`npm run pdf --\` precies één kwartaal. Elke schrijfwijze die ook in de CSV-bestanden mag, is goed:
\`2026-Q3\`, \`3e kwartaal 2026\` (tussen aanhalingstekens), \`2026KW03\`. Vergeet de \`--\` niet: zonder die
twee streepjes geeft npm het kwartaal niet door.

`,
    },
    {
      kop: `"..." is geen kwartaal`,
      codes: ['pdf.kwartaal-onleesbaar'],
      tekst: `\`\`\`
"herfst" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3).
"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3).
\`\`\`

`,
    },
    {
      kop: `--uit zonder bestandsnaam / de bestandsnaam moet op .pdf eindigen / onbekende optie`,
      codes: ['pdf.uit-zonder-naam', 'pdf.uit-geen-pdf', 'pdf.onbekende-optie'],
      tekst: `\`\`\`
--uit zonder bestandsnaam; schrijf bijvoorbeeld --uit rapport.pdf.
--uit rapport.docx: de bestandsnaam moet op .pdf eindigen.
onbekende optie --open; npm run pdf kent alleen --uit <bestand.pdf>.
\`\`\`

Met \`--uit\` kiest u waar de PDF komt; zonder \`--uit\` heet hij \`kwartaalrapportage-2026-q3.pdf\`, in de
map waar u de opdracht geeft.

`,
    },
    {
      kop: `Er is geen kwartaalrapportage voor ...`,
      codes: ['pdf.geen-rapportage'],
      tekst: `\`\`\`
Er is geen kwartaalrapportage voor 2027-Q1: maak eerst content/kwartalen/2027-q1.mdx aan.
\`\`\`

Er is nog geen kwartaalbestand voor dit kwartaal (zie [Het kwartaal, stap 5](kwartaal.md)).

`,
    },
    {
      kop: `... ligt in de regiomap`,
      codes: ['pdf.in-regiomap'],
      tekst: `\`\`\`
C:\\Regio\\data\\rapport.pdf ligt in de regiomap (data/), waar alleen de gegevens en teksten van de regio staan; kies met --uit een plek daarbuiten.
\`\`\`

In \`data/\` en \`content/\` staan alleen de bestanden die u zelf bijhoudt; de monitor schrijft daar geen
PDF. Kies een andere map.

`,
    },
    {
      kop: `De map ... bestaat niet / ... is een map`,
      codes: ['pdf.map-bestaat-niet', 'pdf.is-een-map'],
      tekst: `\`\`\`
De map C:\\Vergadering\\januari bestaat niet; maak hem eerst aan of kies met --uit een andere plek.
C:\\Vergadering\\rapport.pdf is een map; noem met --uit een bestand, bijvoorbeeld --uit rapport.pdf.
\`\`\`

`,
    },
    {
      kop: `... bestaat al en is niet door npm run pdf gemaakt`,
      codes: ['pdf.bestaat-al'],
      tekst: `\`\`\`
C:\\Vergadering\\rapport.pdf bestaat al en is niet door npm run pdf gemaakt; kies met --uit een andere naam, of verwijder of hernoem het bestand zelf.
\`\`\`

Een PDF die \`npm run pdf\` eerder maakte, wordt gewoon vervangen (zo maakt u na een wijziging een nieuwe
versie). Elk ander bestand laat de monitor staan, ook een PDF die u zelf bewerkte of uit een ander
programma opsloeg.

`,
    },
    {
      kop: `Geen browser gevonden om de PDF te maken`,
      codes: ['pdf.geen-browser'],
      tekst: `\`\`\`
Geen browser gevonden om de PDF te maken; installeer Chromium, Chrome of Edge, of zet CHROMIUM_PATH op het programma.
\`\`\`

De monitor laat de pagina afdrukken door een browser op uw computer: Chromium, Google Chrome of
Microsoft Edge, op de gewone plek geïnstalleerd. Op Windows staat Edge er meestal al. Staat de browser
ergens anders, noem hem dan, bijvoorbeeld in PowerShell
\`$env:CHROMIUM_PATH="D:\\Programma's\\Chrome\\chrome.exe"; npm run pdf -- 2026-Q3\`.

`,
    },
    {
      kop: `CHROMIUM_PATH is ..., maar dat is geen programma dat gestart kan worden`,
      codes: ['pdf.chromium-path'],
      tekst: `\`\`\`
CHROMIUM_PATH is /opt/chrome/chrome, maar dat is geen programma dat gestart kan worden; zet CHROMIUM_PATH op Chromium, Chrome of Edge, of laat CHROMIUM_PATH weg.
\`\`\`

Controleer het pad: het moet naar het programma zelf wijzen (\`chrome.exe\`, \`msedge.exe\`, \`chromium\`),
niet naar de map.

`,
    },
    {
      kop: `De browser ... start niet`,
      codes: ['pdf.browser-start-niet'],
      tekst: `\`\`\`
De browser C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe start niet: ...
\`\`\`

De browser is gevonden, maar startte niet. Daarachter staat de reden van de browser zelf (meestal in het
Engels). Werk de browser bij of noem met \`CHROMIUM_PATH\` een andere.

`,
    },
    {
      kop: `De pagina ... is niet gebouwd / ... kon niet worden geschreven`,
      codes: ['pdf.pagina-niet-gebouwd', 'pdf.niet-geschreven'],
      tekst: `\`\`\`
De pagina kwartalen/2026-q3/ is niet gebouwd (404).
C:\\Vergadering\\rapport.pdf kon niet worden geschreven: ...
\`\`\`

De eerste hoort niet voor te komen: stuur de hele uitvoer naar wie de monitor voor u beheert. De tweede
betekent meestal dat de PDF nog open staat in een PDF-lezer, of dat u in die map niet mag schrijven:
sluit de PDF en probeer het opnieuw.

`,
    },
  ],
};
