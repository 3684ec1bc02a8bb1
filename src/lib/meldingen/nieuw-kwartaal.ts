// Messages of group H in docs/foutmeldingen.md: Het kwartaal voorbereiden (npm run nieuw-kwartaal).
// Printed by the command itself (no Problem). The command puts the file in front where there is
// one and ends a refusal with NIETS_GESCHREVEN, so the templates leave both out.
import { fout, type Hoofdstuk } from './soort.ts';

export const NIEUW_KWARTAAL = {
  'nieuw-kwartaal.geen-kwartaal': fout(() => 'Noem het kwartaal dat u wilt voorbereiden, bijvoorbeeld: npm run nieuw-kwartaal -- 2026-Q4'),
  /** `reden`: the quarter cell's own message (cel.geen-kwartaal, cel.ongeldig-kwartaal). */
  'nieuw-kwartaal.kwartaal-onleesbaar': fout(
    (p: { reden: string }) => `${p.reden}.`,
    { reden: '"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3)' },
  ),
  'nieuw-kwartaal.bestaat-al': fout(() => 'bestaat al; nieuw-kwartaal overschrijft niets.'),
  'nieuw-kwartaal.voor-laatste': fout(
    (p: { kwartaal: string; laatste: string; volgend: string }) =>
      `${p.kwartaal} ligt vóór het laatste kwartaalbestand (${p.laatste}); nieuw-kwartaal bereidt alleen het volgende kwartaal voor, ${p.volgend}.`,
    { kwartaal: '2025-Q4', laatste: 'content/kwartalen/2026-q3.mdx', volgend: '2026-Q4' },
  ),
  'nieuw-kwartaal.sluit-niet-aan': fout(
    (p: { kwartaal: string; laatste: string; volgend: string }) =>
      `${p.kwartaal} sluit niet aan op het laatste kwartaalbestand (${p.laatste}); bereid eerst ${p.volgend} voor (npm run nieuw-kwartaal -- ${p.volgend}).`,
    { kwartaal: '2027-Q1', laatste: 'content/kwartalen/2026-q3.mdx', volgend: '2026-Q4' },
  ),
  'nieuw-kwartaal.regio-fouten': fout(() => 'De regio heeft fouten; los die eerst op (npm run check).'),
  /** `reden`: which character the file's encoding lacks (NietCodeerbaar). */
  'nieuw-kwartaal.windows-1252': fout(
    (p: { reden: string }) => `${p.reden}; sla het bestand in Excel op als "CSV UTF-8" en probeer het opnieuw.`,
    { reden: 'het teken "ő" (U+0151) kan niet in een Windows-1252-bestand' },
  ),
  'nieuw-kwartaal.schrijven-mislukt': fout(
    (p: { code: string }) =>
      `schrijven mislukt (${p.code}); de bestanden die al geschreven waren, zijn compleet, de andere ongewijzigd. Verhelp de oorzaak en draai de opdracht opnieuw: regels die er al staan, worden overgeslagen.`,
    { code: 'EBUSY' },
  ),
};

export const NIEUW_KWARTAAL_DOCS: Hoofdstuk = {
  letter: 'H',
  titel: 'Het kwartaal voorbereiden (npm run nieuw-kwartaal)',
  inleiding: `\`npm run nieuw-kwartaal -- 2026-Q4\` zet het volgende kwartaal klaar (zie
[Het kwartaal, stap voor stap](kwartaal.md#stap-0-het-kwartaal-voorbereiden)). Weigert de opdracht, dan
staat er één regel die eindigt op \`Er is niets geschreven.\`, en is er ook echt niets veranderd.

`,
  koppen: [
    {
      kop: `Noem het kwartaal dat u wilt voorbereiden`,
      codes: ['nieuw-kwartaal.geen-kwartaal'],
      tekst: `\`\`\`
Noem het kwartaal dat u wilt voorbereiden, bijvoorbeeld: npm run nieuw-kwartaal -- 2026-Q4
\`\`\`

Achter de opdracht hoort het kwartaal, na twee streepjes: \`npm run nieuw-kwartaal -- 2026-Q4\`. Zonder de
streepjes geeft npm het kwartaal niet door.

`,
    },
    {
      kop: `"..." is geen kwartaal / is geen geldig kwartaal`,
      codes: ['nieuw-kwartaal.kwartaal-onleesbaar'],
      tekst: `\`\`\`
"2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3). Er is niets geschreven.
\`\`\`

Schrijf het kwartaal als \`2026-Q4\` (ook goed: \`Q4 2026\`, \`2026K4\`, \`2026KW04\`, \`4e kwartaal 2026\`).

`,
    },
    {
      kop: `content/kwartalen/...: bestaat al; nieuw-kwartaal overschrijft niets`,
      codes: ['nieuw-kwartaal.bestaat-al'],
      tekst: `\`\`\`
content/kwartalen/2026-q4.mdx: bestaat al; nieuw-kwartaal overschrijft niets. Er is niets geschreven.
\`\`\`

Het kwartaal is al voorbereid (of u maakte het bestand zelf). De opdracht vervangt nooit uw tekst. Wilt
u toch opnieuw beginnen, verwijder of hernoem dan eerst het bestand; regels die al in de CSV-bestanden
staan, blijven staan en komen er niet dubbel bij.

`,
    },
    {
      kop: `... ligt vóór het laatste kwartaalbestand`,
      codes: ['nieuw-kwartaal.voor-laatste'],
      tekst: `\`\`\`
2025-Q4 ligt vóór het laatste kwartaalbestand (content/kwartalen/2026-q3.mdx); nieuw-kwartaal bereidt alleen het volgende kwartaal voor, 2026-Q4. Er is niets geschreven.
\`\`\`

De opdracht maakt alleen het kwartaal ná het laatste kwartaalbestand. Een ontbrekend oud kwartaal maakt
u met de hand (zie [stap 5](kwartaal.md#stap-5-de-kwartaalrapportage-schrijven-als-concept)).

`,
    },
    {
      kop: `... sluit niet aan op het laatste kwartaalbestand`,
      codes: ['nieuw-kwartaal.sluit-niet-aan'],
      tekst: `\`\`\`
2027-Q1 sluit niet aan op het laatste kwartaalbestand (content/kwartalen/2026-q3.mdx); bereid eerst 2026-Q4 voor (npm run nieuw-kwartaal -- 2026-Q4). Er is niets geschreven.
\`\`\`

Tussen het laatste kwartaalbestand en het gevraagde kwartaal zit een kwartaal zonder rapportage. Bereid
de kwartalen op volgorde voor. Het vorige kwartaal hoeft nog niet vastgesteld te zijn.

`,
    },
    {
      kop: `De regio heeft fouten; los die eerst op`,
      codes: ['nieuw-kwartaal.regio-fouten'],
      tekst: `\`\`\`
data/voortgang.csv:2: kolom "status": "bezig" is geen toegestane waarde (kies uit: gepland, lopend, afgerond, vertraagd, gestopt)
1 fout en 0 waarschuwingen gevonden.
De regio heeft fouten; los die eerst op (npm run check). Er is niets geschreven.
\`\`\`

De opdracht rekent uit welke regels erbij moeten op basis van uw gegevens; met fouten erin kan dat niet
betrouwbaar. Los de fouten op (ze staan in dit hoofdstuk) en draai de opdracht opnieuw. Waarschuwingen
houden de opdracht niet tegen.

`,
    },
    {
      kop: `het teken "..." kan niet in een Windows-1252-bestand`,
      codes: ['nieuw-kwartaal.windows-1252'],
      tekst: `\`\`\`
data/metingen.csv: het teken "ő" (U+0151) kan niet in een Windows-1252-bestand; sla het bestand in Excel op als "CSV UTF-8" en probeer het opnieuw. Er is niets geschreven.
\`\`\`

Het bestand is opgeslagen als Windows-1252 (Excel's gewone "CSV"), en een nieuwe regel zou een teken
krijgen dat daarin niet bestaat, meestal uit de \`bron\` van een indicator. Sla het bestand in Excel op
met **Opslaan als > CSV UTF-8 (door komma's gescheiden)** en draai de opdracht opnieuw.

`,
    },
    {
      kop: `...: schrijven mislukt (...)`,
      codes: ['nieuw-kwartaal.schrijven-mislukt'],
      tekst: `\`\`\`
data/metingen.csv: schrijven mislukt (EBUSY); de bestanden die al geschreven waren, zijn compleet, de andere ongewijzigd. Verhelp de oorzaak en draai de opdracht opnieuw: regels die er al staan, worden overgeslagen.
\`\`\`

Het bestand kon niet worden vervangen, bijvoorbeeld omdat het nog open staat in Excel (\`EBUSY\`,
\`EPERM\`) of de schijf vol is (\`ENOSPC\`). Elk bestand wordt in zijn geheel vervangen, dus geen bestand is
half geschreven. Sluit het bestand en draai de opdracht opnieuw: wat al klaarstaat, wordt overgeslagen.
Het kwartaalbestand komt als laatste, zodat de tweede keer niet weigert.
`,
    },
  ],
};
