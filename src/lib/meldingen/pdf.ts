// Messages of group I in docs/foutmeldingen.md: De PDF voor het bestuurlijk platform.
import type { Hoofdstuk } from './soort.ts';

// Printed by the command itself (no Problem); not in the catalogue yet, documented below by hand.
export const PDF = {};

export const PDF_DOCS: Hoofdstuk = {
  letter: 'I',
  titel: 'De PDF voor het bestuurlijk platform',
  inleiding: `\`npm run pdf -- <kwartaal>\` (zie [Het kwartaal, stap 7](kwartaal.md#stap-7-bekijken-en-voorleggen))
controleert de regiomap eerst zoals \`npm run dev\` (bij een concept) of \`npm run build\` (bij een
vastgesteld kwartaal): fouten in de regiomap ziet u met dezelfde meldingen als daar. Elke melding hieronder
eindigt met de regel \`De PDF is niet gemaakt; er is niets geschreven.\`: er is dan geen bestand
geschreven of veranderd.

`,
  koppen: [
    {
      kop: `Noem het kwartaal / Noem één kwartaal`,
      codes: [],
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
      codes: [],
      tekst: `\`\`\`
"herfst" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3).
"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3).
\`\`\`

`,
    },
    {
      kop: `--uit zonder bestandsnaam / de bestandsnaam moet op .pdf eindigen / onbekende optie`,
      codes: [],
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
      codes: [],
      tekst: `\`\`\`
Er is geen kwartaalrapportage voor 2027-Q1: maak eerst content/kwartalen/2027-q1.mdx aan.
\`\`\`

Er is nog geen kwartaalbestand voor dit kwartaal (zie [Het kwartaal, stap 5](kwartaal.md)).

`,
    },
    {
      kop: `... ligt in de regiomap`,
      codes: [],
      tekst: `\`\`\`
C:\\Regio\\data\\rapport.pdf ligt in de regiomap (data/), waar alleen de gegevens en teksten van de regio staan; kies met --uit een plek daarbuiten.
\`\`\`

In \`data/\` en \`content/\` staan alleen de bestanden die u zelf bijhoudt; de monitor schrijft daar geen
PDF. Kies een andere map.

`,
    },
    {
      kop: `De map ... bestaat niet / ... is een map`,
      codes: [],
      tekst: `\`\`\`
De map C:\\Vergadering\\januari bestaat niet; maak hem eerst aan of kies met --uit een andere plek.
C:\\Vergadering\\rapport.pdf is een map; noem met --uit een bestand, bijvoorbeeld --uit rapport.pdf.
\`\`\`

`,
    },
    {
      kop: `... bestaat al en is niet door npm run pdf gemaakt`,
      codes: [],
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
      codes: [],
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
      codes: [],
      tekst: `\`\`\`
CHROMIUM_PATH is /opt/chrome/chrome, maar dat is geen programma dat gestart kan worden; zet CHROMIUM_PATH op Chromium, Chrome of Edge, of laat CHROMIUM_PATH weg.
\`\`\`

Controleer het pad: het moet naar het programma zelf wijzen (\`chrome.exe\`, \`msedge.exe\`, \`chromium\`),
niet naar de map.

`,
    },
    {
      kop: `De browser ... start niet`,
      codes: [],
      tekst: `\`\`\`
De browser C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe start niet: ...
\`\`\`

De browser is gevonden, maar startte niet. Daarachter staat de reden van de browser zelf (meestal in het
Engels). Werk de browser bij of noem met \`CHROMIUM_PATH\` een andere.

`,
    },
    {
      kop: `De pagina ... is niet gebouwd / ... kon niet worden geschreven`,
      codes: [],
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
