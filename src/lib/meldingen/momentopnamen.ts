// Messages of group K in docs/foutmeldingen.md: Bevroren rapportages (data/snapshots/), read by
// src/lib/snapshot.ts. The file and line are the Problem's; the templates are the rest of the line.
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';

export const MOMENTOPNAMEN = {
  'momentopname.geen-json': fout(
    (p: { reden: string }) => `geen geldige JSON (${p.reden}); zet het bestand terug zoals npm run vaststellen het schreef`,
    { reden: "Expected ',' or '}' after property value" },
  ),
  'momentopname.schemaversie': fout(
    (p: { schema: string; versie: number }) => `schemaversie ${p.schema} wordt niet gelezen; deze versie van de monitor leest momentopnamen met schemaversie ${p.versie}`,
    { schema: '2', versie: 1 },
  ),
  'momentopname.vorm': fout(
    (p: { pad: string }) => `is geen momentopname zoals npm run vaststellen die schrijft: ${p.pad || 'het bestand'} ontbreekt of heeft de verkeerde soort waarde`,
    { pad: 'rapport.lijnen[1].check[1].status' },
  ),
  'momentopname.onbekend-veld': fout(
    (p: { pad: string }) => `is geen momentopname zoals npm run vaststellen die schrijft: ${p.pad} is geen veld van een momentopname; zet het bestand terug zoals npm run vaststellen het schreef`,
    { pad: 'rapport.lijnen[0].opmerking' },
  ),
  'momentopname.kwartaal-naam': fout(
    (p: { kwartaal: string; naam: string; verwacht: string }) => `kwartaal ${p.kwartaal} past niet bij de bestandsnaam ${p.naam} (verwacht ${p.verwacht})`,
    { kwartaal: '2025-Q3', naam: '2025-q4.json', verwacht: '2025-Q4' },
  ),
  'momentopname.versie-naam': fout(
    (p: { versie: number; naam: string; verwacht: number }) => `versie ${p.versie} past niet bij de bestandsnaam ${p.naam} (verwacht ${p.verwacht})`,
    { versie: 3, naam: '2025-q4.v1.json', verwacht: 1 },
  ),
  'momentopname.geen-datum': fout((p: { waarde: string }) => `"${p.waarde}" is geen datum in de vorm JJJJ-MM-DD`, { waarde: '20-01-2026' }),
  'momentopname.herziening-zonder-reden': fout(
    (p: { versie: number }) => `versie ${p.versie} is een herziening en moet een reden en datum hebben ("herziening": {"datum": …, "reden": …})`,
    { versie: 2 },
  ),
  'momentopname.concept': fout(
    (p: { kwartaal: string; mdx: string; naam: string }) =>
      `${p.kwartaal} is bevroren, maar ${p.mdx} heeft geen "vastgesteld"; een concept heeft geen momentopname: zet de datum terug of verwijder ${p.naam}`,
    { kwartaal: '2026-Q1', mdx: 'content/kwartalen/2026-q1.mdx', naam: '2026-q1.json' },
  ),
  'momentopname.geen-kwartaalbestand': fout(
    (p: { mdx: string; naam: string }) => `er is geen kwartaalbestand ${p.mdx} bij deze momentopname; zet het terug of verwijder ${p.naam}`,
    { mdx: 'content/kwartalen/2025-q3.mdx', naam: '2025-q3.json' },
  ),
  'momentopname.geen-huidige-versie': fout(
    (p: { naam: string; kwartaal: string }) =>
      `er is geen ${p.naam} bij deze eerdere versie; een herziening is onderbroken: zet het bestand terug of draai npm run vaststellen -- ${p.kwartaal} --herzien "<reden>" opnieuw`,
    { naam: '2025-q4.json', kwartaal: '2025-Q4' },
  ),
  'momentopname.eerdere-versies-ontbreken': fout(
    (p: { versie: number; kwartaal: string; verwacht: string }) =>
      `versie ${p.versie} van ${p.kwartaal} verwacht de eerdere versies ${p.verwacht} ernaast; de oorspronkelijke momentopnamen blijven bewaard, zet ze terug`,
    { versie: 2, kwartaal: '2025-Q4', verwacht: '2025-q4.v1.json' },
  ),
  'momentopname.pdf-ontbreekt': waarschuwing(
    (p: { naam: string; kwartaal: string }) => `de PDF ${p.naam} ontbreekt; maak hem met npm run vaststellen -- ${p.kwartaal}`,
    { naam: '2025-q4.pdf', kwartaal: '2025-Q4' },
  ),
  'momentopname.pdf-zonder-momentopname': waarschuwing(
    (p: { naam: string }) => `PDF zonder momentopname ${p.naam}; hij wordt niet gepubliceerd`,
    { naam: '2024-q1.json' },
  ),
  'momentopname.onbekend-bestand': waarschuwing(
    () => 'onbekend bestand wordt genegeerd (npm run vaststellen schrijft hier 2025-q4.json, 2025-q4.pdf en bij een herziening 2025-q4.v1.json)',
  ),
};

export const MOMENTOPNAMEN_DOCS: Hoofdstuk = {
  letter: 'K',
  titel: `Bevroren rapportages (data/snapshots/)`,
  inleiding: `\`npm run vaststellen\` schrijft de bestanden in \`data/snapshots/\`; met de hand past u ze niet aan.
\`npm run check\` controleert ze toch, zodat een per ongeluk veranderd of verplaatst bestand niet
ongemerkt op de site komt. Zet een kapot bestand terug uit uw kopie of versiebeheer.

`,
  koppen: [
    {
      kop: `geen geldige JSON`,
      codes: ['momentopname.geen-json'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:8: geen geldige JSON (Expected ',' or '}' after property value); zet het bestand terug zoals npm run vaststellen het schreef
\`\`\`

`,
    },
    {
      kop: `schemaversie ... wordt niet gelezen`,
      codes: ['momentopname.schemaversie'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:2: schemaversie 2 wordt niet gelezen; deze versie van de monitor leest momentopnamen met schemaversie 1
\`\`\`

Het bestand is gemaakt door een andere (nieuwere) versie van de monitor. Werk de monitor bij.

`,
    },
    {
      kop: `is geen momentopname zoals npm run vaststellen die schrijft`,
      codes: ['momentopname.vorm', 'momentopname.onbekend-veld'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:101: is geen momentopname zoals npm run vaststellen die schrijft: rapport.lijnen[1].check[1].status ontbreekt of heeft de verkeerde soort waarde
data/snapshots/2025-q4.json:12: is geen momentopname zoals npm run vaststellen die schrijft: rapport.lijnen[0].opmerking is geen veld van een momentopname; zet het bestand terug zoals npm run vaststellen het schreef
\`\`\`

Een veld ontbreekt, heeft een waarde die de monitor niet kent, of staat er met de hand bij. De
vaste vorm van het bestand staat in het JSON Schema \`schemas/momentopname-1.json\` van de monitor.

`,
    },
    {
      kop: `kwartaal ... past niet bij de bestandsnaam / versie ... past niet bij de bestandsnaam`,
      codes: ['momentopname.kwartaal-naam', 'momentopname.versie-naam'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:7: kwartaal 2025-Q3 past niet bij de bestandsnaam 2025-q4.json (verwacht 2025-Q4)
data/snapshots/2025-q4.v1.json:5: versie 3 past niet bij de bestandsnaam 2025-q4.v1.json (verwacht 1)
\`\`\`

`,
    },
    {
      kop: `... is bevroren, maar ... heeft geen "vastgesteld" / er is geen kwartaalbestand`,
      codes: ['momentopname.concept', 'momentopname.geen-kwartaalbestand'],
      tekst: `\`\`\`
data/snapshots/2026-q1.json:1: 2026-Q1 is bevroren, maar content/kwartalen/2026-q1.mdx heeft geen "vastgesteld"; een concept heeft geen momentopname: zet de datum terug of verwijder 2026-q1.json
data/snapshots/2025-q3.json:1: er is geen kwartaalbestand content/kwartalen/2025-q3.mdx bij deze momentopname; zet het terug of verwijder 2025-q3.json
\`\`\`

Een bevroren rapportage hoort bij een vastgesteld kwartaal.

`,
    },
    {
      kop: `versie ... is een herziening en moet een reden en datum hebben`,
      codes: ['momentopname.herziening-zonder-reden'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:10: versie 2 is een herziening en moet een reden en datum hebben ("herziening": {"datum": …, "reden": …})
\`\`\`

`,
    },
    {
      kop: `versie ... verwacht de eerdere versies ... ernaast / er is geen ... bij deze eerdere versie`,
      codes: ['momentopname.eerdere-versies-ontbreken', 'momentopname.geen-huidige-versie'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:5: versie 2 van 2025-Q4 verwacht de eerdere versies 2025-q4.v1.json ernaast; de oorspronkelijke momentopnamen blijven bewaard, zet ze terug
data/snapshots/2025-q4.v1.json:1: er is geen 2025-q4.json bij deze eerdere versie; een herziening is onderbroken: zet het bestand terug of draai npm run vaststellen -- 2025-Q4 --herzien "<reden>" opnieuw
\`\`\`

Elke eerdere versie blijft bewaard; verwijder er geen.

`,
    },
    {
      kop: `"..." is geen datum in de vorm JJJJ-MM-DD`,
      codes: ['momentopname.geen-datum'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json:10: "20-01-2026" is geen datum in de vorm JJJJ-MM-DD
\`\`\`

`,
    },
    {
      kop: `de PDF ... ontbreekt / PDF zonder momentopname / onbekend bestand (waarschuwingen)`,
      codes: ['momentopname.pdf-ontbreekt', 'momentopname.pdf-zonder-momentopname', 'momentopname.onbekend-bestand'],
      tekst: `\`\`\`
data/snapshots/2025-q4.json: waarschuwing: de PDF 2025-q4.pdf ontbreekt; maak hem met npm run vaststellen -- 2025-Q4
data/snapshots/2024-q1.pdf: waarschuwing: PDF zonder momentopname 2024-q1.json; hij wordt niet gepubliceerd
data/snapshots/notities.txt: waarschuwing: onbekend bestand wordt genegeerd (npm run vaststellen schrijft hier 2025-q4.json, 2025-q4.pdf en bij een herziening 2025-q4.v1.json)
\`\`\`

`,
    },
  ],
};
