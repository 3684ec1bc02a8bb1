// Messages of group J in docs/foutmeldingen.md: Het landelijk overzicht (npm run landelijk).
import type { Hoofdstuk } from './soort.ts';

// Printed by the command itself (no Problem, no file:line: a source and a JSON path instead);
// not in the catalogue yet, documented below by hand.
export const LANDELIJK = {};

const blok = (...regels: string[]) => `\`\`\`\n${regels.join('\n')}\n\`\`\`\n\n`;

export const LANDELIJK_DOCS: Hoofdstuk = {
  letter: 'L',
  titel: 'Het landelijk overzicht (npm run landelijk)',
  inleiding: `\`npm run landelijk -- <bron> ...\` (zie [Het landelijk overzicht](landelijk.md)) leest de open data
van elke regio. Een bron die niet te lezen is, staat met de reden in de uitvoer en op het overzicht onder
**Niet ingelezen**; de andere bronnen worden gewoon ingelezen. Een regel begint met het bestand of webadres
van de \`monitor.json\`, dan (als het bestand JSON is) het **JSON-pad** van de plek in het bestand:
\`$.doelstatussen[3].status\` is het veld \`status\` van de vierde rij (tellen begint bij 0) in \`doelstatussen\`.

De opdracht eindigt met code 0 als elke bron is ingelezen, met code 2 als het overzicht is gebouwd maar een
of meer bronnen niet zijn ingelezen, en met code 1 als er niets is gebouwd (dan staat er
\`Het landelijk overzicht is niet gebouwd; ... is ongewijzigd.\`). Voor \`OUT_DIR\` gelden dezelfde regels en
meldingen als bij \`npm run build\` (G).

`,
  koppen: [
    {
      kop: 'Geen bronnen genoemd',
      codes: [],
      tekst: `${blok('Geen bronnen genoemd. Gebruik: npm run landelijk -- <map van een gebouwde site | monitor.json | https://…/open-data/monitor.json> …')}Zet na \`npm run landelijk --\` de bronnen, gescheiden door spaties. Vergeet de \`--\` niet.

`,
    },
    {
      kop: '...: bestaat niet',
      codes: [],
      tekst: `${blok('regio-noord/open-data/monitor.json: bestaat niet; is dit de map van een gebouwde site (met open-data/monitor.json)?', 'downloads/zuid.json: bestaat niet')}Een map moet een gebouwde site zijn (met \`open-data/monitor.json\`) of de map \`open-data\` zelf. Controleer de
naam; een pad is ten opzichte van de map waarin u de opdracht geeft.

`,
    },
    {
      kop: '...: is geen geldige JSON',
      codes: [],
      tekst: `${blok('downloads/zuid.json: is geen geldige JSON (regel 2, kolom 18)', 'downloads/west.json: is geen geldige JSON: het bestand houdt te vroeg op (is het helemaal gedownload?)')}Het bestand is beschadigd of half gedownload. Haal het opnieuw op bij de site van de regio; pas het niet met de
hand aan.

`,
    },
    {
      kop: '...: is niet op te halen',
      codes: [],
      tekst: `${blok('https://monitor.regio-oost.nl/open-data/monitor.json: is niet op te halen: de server antwoordt 404 (niet gevonden)', 'https://monitor.regio-oost.nl/open-data/monitor.json: is niet op te halen: geen antwoord binnen 30 seconden', 'https://monitor.regio-oost.nl/open-data/monitor.json: is niet op te halen: ENOTFOUND')}Het webadres klopt niet, de site is (even) niet bereikbaar, of de regio publiceert nog geen open data.
\`ENOTFOUND\`: de naam van de server bestaat niet. Een adres zonder \`.json\` aan het eind krijgt
\`open-data/monitor.json\` erachter.

`,
    },
    {
      kop: '$.schemaversie: ... nieuwer / nooit gepubliceerd / ontbreekt',
      codes: [],
      tekst: `${blok('…/monitor.json: $.schemaversie: versie 2 is nieuwer dan deze versie van onderwijsregio-monitor kent (1); werk het programma bij', '…/monitor.json: $.schemaversie: versie 0 is nooit gepubliceerd; onderwijsregio-monitor kent versie 1', '…/monitor.json: $.schemaversie: ontbreekt; zonder schemaversie is niet te zeggen welk schema geldt', '…/monitor.json: $.$schema: noemt schema monitor-2.json, maar schemaversie is 1')}Elke \`monitor.json\` zegt met welke versie van het schema hij is gemaakt. Het overzicht leest elke versie die
onderwijsregio-monitor ooit heeft gepubliceerd (\`schemas/monitor-<versie>.json\`). Is de versie nieuwer, dan
heeft de regio een nieuwere monitor: werk onderwijsregio-monitor bij. Een onbekende of ontbrekende versie, of
een \`$schema\` met een ander nummer, wijst op een met de hand gemaakt of veranderd bestand: vraag de regio om
de \`monitor.json\` van haar gebouwde site.

`,
    },
    {
      kop: '$....: ontbreekt / hoort niet in deze schemaversie / moet ... zijn',
      codes: [],
      tekst: `${blok('…/monitor.json: $.regio.naam: ontbreekt', '…/monitor.json: $.doelen[0].kleur: hoort niet in deze schemaversie', '…/monitor.json: $.doelstatussen[1].status: moet een van deze waarden zijn: "achter", "aandacht", "geen-actuele-meting", "geen-meting", "niet-beoordeeld", "op-koers", "behaald"', '…/monitor.json: $.bijgewerkt: moet een datum zijn (JJJJ-MM-DD)')}Het bestand past niet bij het schema van zijn versie; het JSON-pad wijst de eerste plek aan. Een bestand dat
\`npm run build\` schreef, past altijd: is het met de hand of met een ander programma veranderd? Vraag de regio
om het bestand van haar gebouwde site.

`,
    },
    {
      kop: '$.regio.kortenaam: dezelfde regio als ...',
      codes: [],
      tekst: `${blok('exports/noord-oud/open-data/monitor.json: $.regio.kortenaam: dezelfde regio ("noord") als exports/noord/open-data/monitor.json; geef elke regio één keer op', 'exports/noord/open-data/monitor.json: $.regio.kortenaam: dezelfde regio ("noord") als exports/noord-oud/open-data/monitor.json; geef elke regio één keer op')}Twee bronnen zijn van dezelfde regio (dezelfde korte naam, of dezelfde naam zonder korte naam). Welke de juiste
is, kan het programma niet weten: geen van beide staat in het overzicht. Laat de oude weg.

`,
    },
    {
      kop: 'Geen enkele bron is ingelezen',
      codes: [],
      tekst: `${blok('Geen enkele bron is ingelezen.', 'Het landelijk overzicht is niet gebouwd; dist-landelijk is ongewijzigd.')}Alle bronnen hadden een probleem (zie de regels erboven). Het vorige overzicht blijft staan.

`,
    },
    {
      kop: 'OUT_DIR ...: deze map is / bevat / ligt in de bron ...',
      codes: [],
      tekst: `${blok('OUT_DIR /data/regio-noord: deze map is de bron /data/regio-noord; het overzicht zou die vervangen: kies een eigen map, bijvoorbeeld dist-landelijk/.')}Het overzicht vervangt zijn hele map. Die map mag dus geen site zijn die u als bron gebruikt, er niet in liggen
en er geen bevatten. Laat \`OUT_DIR\` weg (dan \`dist-landelijk/\`) of kies een andere map.

`,
    },
    {
      kop: '... bronnen zijn niet ingelezen',
      codes: [],
      tekst: `${blok('2 bronnen zijn niet ingelezen (zie hierboven); het overzicht noemt ze onder "Niet ingelezen".')}Het overzicht is gebouwd, zonder die bronnen; de opdracht eindigt met code 2. Los de problemen op en bouw
opnieuw.

`,
    },
  ],
};
