// Messages of group B in docs/foutmeldingen.md: Cellen.
import { KWARTAAL_VORM } from '../quarters.ts';
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';

export const CELLEN = {
  'cel.leeg': fout(() => 'cel is leeg; deze kolom is verplicht'),
  'cel.geen-waarde': fout((p: { waarde: string }) => `"${p.waarde}" is geen waarde; deze kolom is verplicht`, { waarde: 'n.v.t.' }),
  'cel.geen-getal': fout(
    (p: { waarde: string; hint?: string | undefined }) => `"${p.waarde}" is geen getal${p.hint ? ` (${p.hint})` : ''}`,
    { waarde: '70 personen', hint: 'schrijf bijvoorbeeld 1234,5 of 1.234,5' },
  ),
  'cel.procent-teken': fout((p: { waarde: string }) => `"${p.waarde}" is geen getal: een %-teken hoort niet in deze kolom`, { waarde: '38%' }),
  'cel.euro-teken': fout((p: { waarde: string }) => `"${p.waarde}" is geen getal: een €-teken hoort niet in deze kolom`, { waarde: '€ 2025' }),
  'cel.geen-geheel-getal': fout((p: { waarde: string }) => `"${p.waarde}" is geen geheel getal`, { waarde: '2026,5' }),
  'cel.geen-jaartal': fout((p: { getal: number }) => `${p.getal} is geen jaartal`, { getal: 1999 }),
  'cel.percentage-buiten-bereik': waarschuwing((p: { getal: number }) => `${p.getal} ligt niet tussen 0 en 100, terwijl de eenheid percentage is`, { getal: 110 }),
  'cel.geen-kwartaal': fout((p: { waarde: string }) => `"${p.waarde}" is geen kwartaal (schrijf bijvoorbeeld ${KWARTAAL_VORM})`, { waarde: '2025-3' }),
  'cel.ongeldig-kwartaal': fout(
    (p: { waarde: string }) => `"${p.waarde}" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld ${KWARTAAL_VORM})`,
    { waarde: '2026-Q5' },
  ),
  'cel.geen-datum': fout((p: { waarde: string }) => `"${p.waarde}" is geen datum (schrijf 2025-10-15 of 15-10-2025)`, { waarde: '16 april 2026' }),
  'cel.geen-bestaande-datum': fout((p: { waarde: string }) => `"${p.waarde}" is geen bestaande datum`, { waarde: '30-02-2024' }),
  'cel.geen-peildatum': fout(
    (p: { waarde: string }) => `"${p.waarde}" is geen peildatum (schrijf een datum als 2025-10-15 of 15-10-2025, een jaar als 2025 of een kwartaal als 2025-Q3)`,
    { waarde: 'medio 2025' },
  ),
  'cel.geen-periode': fout((p: { waarde: string }) => `"${p.waarde}" is geen datum, jaar of kwartaal (schrijf 2025-10-15, 15-10-2025, 2025 of 2025-Q3)`, { waarde: 'januari 2024' }),
  'cel.geen-id': fout(
    (p: { waarde: string; voorstel?: string | undefined }) =>
      `"${p.waarde}" is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes${p.voorstel ? `; bedoelt u "${p.voorstel}"?` : ''}`,
    { waarde: 'Fte-Invalpool', voorstel: 'fte-invalpool' },
  ),
  'cel.id-te-lang': fout(
    (p: { id: string; lengte: number; max: number }) =>
      `id "${p.id}" is ${p.lengte} tekens lang; een id heeft hoogstens ${p.max} tekens, want het wordt een webadres en een bestandsnaam`,
    { id: 'meer-zij-instromers-in-het-primair-onder…', lengte: 72, max: 64 },
  ),
  'cel.geen-ja-nee': fout((p: { waarde: string }) => `"${p.waarde}" is geen ja of nee (schrijf ja of nee)`, { waarde: 'misschien' }),
  'cel.geen-keuze': fout(
    (p: { waarde: string; keuzes: readonly string[] }) => `"${p.waarde}" is geen toegestane waarde (kies uit: ${p.keuzes.join(', ')})`,
    { waarde: 'uitgesteld', keuzes: ['gepland', 'lopend', 'afgerond', 'vertraagd', 'gestopt'] },
  ),
  'cel.geen-sector': fout(
    (p: { waarde: string; keuzes: readonly string[] }) => `"${p.waarde}" is geen sector (kies uit: ${p.keuzes.join(', ')})`,
    { waarde: 'havo', keuzes: ['po', 'so', 'vo', 'vso', 'mbo'] },
  ),
  'cel.streef-voor-nulmeting': fout(
    (p: { streef: string; nulmeting: string }) => `streef_kwartaal ${p.streef} moet na nulmeting_kwartaal ${p.nulmeting} liggen`,
    { streef: '2024-Q4', nulmeting: '2025-Q1' },
  ),
  'cel.eind-voor-start': fout((p: { eind: string; start: string }) => `eind ${p.eind} ligt vóór start ${p.start}`, { eind: '2026-Q2', start: '2026-Q3' }),
};

export const CELLEN_DOCS: Hoofdstuk = {
  letter: 'B',
  titel: 'Cellen',
  inleiding: ``,
  koppen: [
    {
      kop: `cel is leeg; deze kolom is verplicht`,
      codes: ['cel.leeg'],
      tekst: `\`\`\`
data/uitgaven.csv:4: kolom "bedrag": cel is leeg; deze kolom is verplicht
data/kerncijfers.csv:5: kolom "peildatum": cel is leeg; deze kolom is verplicht
\`\`\`

In deze kolom moet op elke regel iets staan. Vul de cel in, of verwijder de regel als hij niet nodig is.
Bij \`peildatum\` in \`kerncijfers.csv\` krijgt u deze melding ook als er \`n.v.t.\`, \`onbekend\` of \`-\`
staat.

`,
    },
    {
      kop: `"..." is geen waarde; deze kolom is verplicht`,
      codes: ['cel.geen-waarde'],
      tekst: `\`\`\`
data/uitgaven.csv:4: kolom "bedrag": "n.v.t." is geen waarde; deze kolom is verplicht
data/indicatoren.csv:4: kolom "nulmeting": "n.v.t." is geen waarde; deze kolom is verplicht
\`\`\`

\`n.v.t.\`, \`n.v.t\`, \`nvt\`, \`onbekend\` en \`-\` betekenen "geen waarde". In een verplichte kolom mag dat
niet. Vul een echte waarde in. Weet u de nulmeting nog niet? Dan kunt u de indicator nog niet
gebruiken; maak het doel zolang merkbaar of wacht met de indicator.

`,
    },
    {
      kop: `"..." is geen getal`,
      codes: ['cel.geen-getal'],
      tekst: `\`\`\`
data/metingen.csv:23: kolom "waarde": "70 personen" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)
data/uitgaven.csv:9: kolom "bedrag": "171.400,50" is geen getal (schrijf bijvoorbeeld 1234.5 (in een bestand met komma's als scheidingsteken is de punt het decimaalteken))
data/regio.yaml:11: veld "tolerantie": "10%" is geen getal
content/lijnen/anders-organiseren.mdx:3: veld "volgorde": "vier" is geen getal
\`\`\`

De cel bevat geen getal dat de monitor kan lezen. De uitleg tussen haakjes hangt af van het
scheidingsteken van het bestand (zie [Getallen](gegevens.md#getallen)). Veelvoorkomende oorzaken:

- Er staat tekst bij het getal (\`70 personen\`, \`ca. 40\`, \`12,5 procent\`). Laat alleen het getal staan.
- Een punt als decimaalteken in een puntkomma- of tab-bestand (\`1234.5\`). Schrijf \`1234,5\`.
- In een komma-bestand (de tweede regel hierboven) is juist de punt het decimaalteken en mag u geen
  duizendtallen scheiden: schrijf \`171400.50\`. Beter: sla het bestand op als CSV UTF-8 vanuit een
  Nederlandse Excel, dan krijgt u een puntkomma-bestand.
- Twee punten of komma's op de verkeerde plek, zoals \`1.35.2\`. Controleer het getal.
- In \`regio.yaml\`: \`tolerantie\` is een deel van 1, dus \`0.1\` of \`0,1\`, niet \`10%\`.
- In een MDX-bestand: \`volgorde\` is een cijfer, zoals \`4\`.

Goed om te weten: een \`%\`-teken, een \`€\`-teken, spaties en \`,-\` achter een bedrag (\`€ 225.000,-\`) zijn
in de meeste getalcellen gewoon toegestaan. Alleen in de kolommen \`bedrag\` en \`jaar\` gelden
beperkingen; zie de twee meldingen hieronder.

`,
    },
    {
      kop: `"..." is geen getal: een %-teken hoort niet in deze kolom`,
      codes: ['cel.procent-teken'],
      tekst: `\`\`\`
data/uitgaven.csv:2: kolom "bedrag": "38%" is geen getal: een %-teken hoort niet in deze kolom
data/begroting.csv:3: kolom "jaar": "2026%" is geen getal: een %-teken hoort niet in deze kolom
\`\`\`

In \`bedrag\` (in \`begroting.csv\` en \`uitgaven.csv\`) en in \`jaar\` (in \`begroting.csv\`) mag geen
procentteken staan. Een bedrag is altijd in euro. Staat er in Excel een percentage, dan is de cel
waarschijnlijk als *Percentage* opgemaakt of is er een formule gekopieerd. Zet het echte bedrag in de
cel en kies in Excel bij *Celeigenschappen* de opmaak *Getal* of *Valuta*.

`,
    },
    {
      kop: `"..." is geen getal: een €-teken hoort niet in deze kolom`,
      codes: ['cel.euro-teken'],
      tekst: `\`\`\`
data/begroting.csv:2: kolom "jaar": "€ 2025" is geen getal: een €-teken hoort niet in deze kolom
\`\`\`

Een jaar is geen bedrag. Schrijf alleen het jaartal: \`2025\`. In Excel: geef de kolom \`jaar\` de opmaak
*Algemeen* of *Getal* (zonder scheidingsteken voor duizendtallen), niet *Valuta*.

`,
    },
    {
      kop: `"..." is geen geheel getal`,
      codes: ['cel.geen-geheel-getal'],
      tekst: `\`\`\`
data/begroting.csv:6: kolom "jaar": "2026,5" is geen geheel getal
data/regio.yaml:12: veld "kleine_aantallen": "2.5" is geen geheel getal
\`\`\`

Hier mag alleen een heel getal staan, zonder cijfers achter de komma. (In \`regio.yaml\` toont de monitor
een komma als punt: bij \`kleine_aantallen: 2,5\` staat er ook \`"2.5"\`.)

`,
    },
    {
      kop: `... is geen jaartal`,
      codes: ['cel.geen-jaartal'],
      tekst: `\`\`\`
data/begroting.csv:13: kolom "jaar": 1999 is geen jaartal
\`\`\`

Een jaar in \`begroting.csv\` ligt tussen 2000 en 2100. Schrijf het hele jaartal, dus \`2025\` en niet \`25\`.

`,
    },
    {
      kop: `... ligt niet tussen 0 en 100, terwijl de eenheid percentage is (waarschuwing)`,
      codes: ['cel.percentage-buiten-bereik'],
      tekst: `\`\`\`
data/indicatoren.csv:2: waarschuwing: kolom "streefwaarde": 110 ligt niet tussen 0 en 100, terwijl de eenheid percentage is
\`\`\`

Een percentage ligt meestal tussen 0 en 100. Klopt het getal? Of is de eenheid eigenlijk \`aantal\`?
Schrijf percentages als hele procenten: \`82,5\`, niet \`0,825\`.

`,
    },
    {
      kop: `"..." is geen kwartaal`,
      codes: ['cel.geen-kwartaal'],
      tekst: `\`\`\`
data/indicatoren.csv:9: kolom "nulmeting_kwartaal": "eerste kwartaal 2025" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3)
data/metingen.csv:3: kolom "kwartaal": "2025-3" is geen kwartaal (schrijf bijvoorbeeld 2025-Q3)
\`\`\`

De monitor herkent deze schrijfwijze niet. Schrijf het kwartaal als \`2025-Q1\`. Andere schrijfwijzen die
wel werken, zoals \`Q1 2025\`, \`2025K1\` en \`1e kwartaal 2025\`, staan in
[Kwartalen](gegevens.md#kwartalen). Let op: Excel maakt van sommige invoer zelf een datum. Staat er in
de melding een datum waar u een kwartaal typte, geef de kolom dan de opmaak *Tekst* en typ het kwartaal
opnieuw.

`,
    },
    {
      kop: `"..." is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4`,
      codes: ['cel.ongeldig-kwartaal'],
      tekst: `\`\`\`
data/metingen.csv:131: kolom "kwartaal": "2026-Q5" is geen geldig kwartaal: een jaar heeft kwartaal 1 tot en met 4 (schrijf bijvoorbeeld 2025-Q3)
\`\`\`

Er bestaat geen vijfde (of nulde) kwartaal. Het vierde kwartaal van 2026 is \`2026-Q4\`; het kwartaal
daarna is \`2027-Q1\`.

`,
    },
    {
      kop: `"..." is geen datum`,
      codes: ['cel.geen-datum'],
      tekst: `\`\`\`
content/kwartalen/2026-q1.mdx:5: veld "vastgesteld": "16 april 2026" is geen datum (schrijf 2025-10-15 of 15-10-2025)
data/regio.yaml:17: veld "toegankelijkheid": toegankelijkheid.datum: "1 september 2026" is geen datum (schrijf 2025-10-15 of 15-10-2025)
\`\`\`

Schrijf een datum als \`2026-04-16\` of \`16-04-2026\`. Schuine strepen (\`16/04/2026\`) en woorden
(\`16 april 2026\`) kan de monitor niet lezen. Maakt Excel er zelf een andere schrijfwijze van? Kies bij
*Celeigenschappen* > *Aangepast* de notatie \`jjjj-mm-dd\` of \`dd-mm-jjjj\`.

`,
    },
    {
      kop: `"..." is geen bestaande datum`,
      codes: ['cel.geen-bestaande-datum'],
      tekst: `\`\`\`
data/partijen.csv:3: kolom "sinds": "30-02-2024" is geen bestaande datum
content/kwartalen/2026-q2.mdx:5: veld "vastgesteld": "2026-02-30" is geen bestaande datum
\`\`\`

De datum bestaat niet, zoals 30 februari of maand 13. Verbeter de datum.

`,
    },
    {
      kop: `"..." is geen peildatum`,
      codes: ['cel.geen-peildatum'],
      tekst: `\`\`\`
data/kerncijfers.csv:2: kolom "peildatum": "medio 2025" is geen peildatum (schrijf een datum als 2025-10-15 of 15-10-2025, een jaar als 2025 of een kwartaal als 2025-Q3)
\`\`\`

De peildatum van een kerncijfer mag een datum (\`2025-10-01\`), een jaar (\`2025\`) of een kwartaal
(\`2025-Q4\`) zijn. Kies een van die drie.

`,
    },
    {
      kop: `"..." is geen datum, jaar of kwartaal`,
      codes: ['cel.geen-periode'],
      tekst: `\`\`\`
data/partijen.csv:2: kolom "sinds": "januari 2024" is geen datum, jaar of kwartaal (schrijf 2025-10-15, 15-10-2025, 2025 of 2025-Q3)
\`\`\`

In \`sinds\` (partijen) mag een datum (\`2024-01-15\`), een jaar (\`2024\`) of een kwartaal (\`2024-Q1\`).
Schrijf hier bijvoorbeeld \`2024-Q1\` of \`2024\`. Weet u het niet? Laat de cel leeg.

`,
    },
    {
      kop: `"..." is geen geldige id`,
      codes: ['cel.geen-id'],
      tekst: `\`\`\`
data/metingen.csv:146: kolom "indicator": "Fte-Invalpool" is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes; bedoelt u "fte-invalpool"?
data/doelen.csv:2: kolom "themas": "Sector overstijgend" is geen geldige id: gebruik alleen kleine letters, cijfers en streepjes; bedoelt u "sector-overstijgend"?
\`\`\`

Een id bestaat alleen uit kleine letters, cijfers en streepjes. Meestal kunt u de voorgestelde id
overnemen. Let op: die voorgestelde id moet daarna ook bestaan. In het tweede voorbeeld is het bedoelde
thema \`sectoroverstijgend\` (zonder streepje). Kan de monitor geen voorstel maken (bijvoorbeeld bij een
cel met alleen leestekens), dan ontbreekt het deel "bedoelt u ...".

`,
    },
    {
      kop: `id "..." is ... tekens lang; een id heeft hoogstens 64 tekens`,
      codes: ['cel.id-te-lang'],
      tekst: `\`\`\`
data/doelen.csv:4: kolom "id": id "meer-zij-instromers-in-het-primair-onder…" is 72 tekens lang; een id heeft hoogstens 64 tekens, want het wordt een webadres en een bestandsnaam
\`\`\`

Een id wordt een webadres (\`/doelen/<id>/\`) en een bestandsnaam (de download van een indicator heet
\`<id>.csv\`). Die mogen niet onbeperkt lang zijn. Kies een kortere id en pas ook de verwijzingen ernaar
aan. Lange id's worden in de melding na 40 tekens afgekort met \`…\`.

`,
    },
    {
      kop: `"..." is geen ja of nee`,
      codes: ['cel.geen-ja-nee'],
      tekst: `\`\`\`
data/metingen.csv:147: kolom "voorlopig": "misschien" is geen ja of nee (schrijf ja of nee)
\`\`\`

Schrijf \`ja\` of \`nee\`, of laat de cel leeg (dat betekent nee). De monitor begrijpt ook \`j\`, \`yes\`, \`y\`,
\`true\` en \`1\` (ja) en \`n\`, \`no\`, \`false\` en \`0\` (nee), met of zonder hoofdletters. \`n.v.t.\` en \`-\`
betekenen ook nee. De Excel-woorden \`WAAR\` en \`ONWAAR\` kent de monitor niet: staat er in Excel een
formule of een vinkje dat \`WAAR\` oplevert, typ dan \`ja\` of \`nee\` in de cel.

`,
    },
    {
      kop: `"..." is geen toegestane waarde (kies uit: ...)`,
      codes: ['cel.geen-keuze'],
      tekst: `\`\`\`
data/voortgang.csv:2: kolom "status": "uitgesteld" is geen toegestane waarde (kies uit: gepland, lopend, afgerond, vertraagd, gestopt)
data/beoordelingen.csv:2: kolom "status": "matig" is geen toegestane waarde (kies uit: behaald, op-koers, aandacht, achter)
data/indicatoren.csv:4: kolom "eenheid": "procent" is geen toegestane waarde (kies uit: aantal, personen, percentage, fte, euro, score)
content/lijnen/behouden-professionaliseren.mdx:4: veld "soort": "uitvoerend" is geen toegestane waarde (kies uit: overkoepelend, inhoudelijk)
data/regio.yaml:7: veld "regeling": "Onderwijsregio 2024" is geen toegestane waarde (kies uit: onderwijsregio-2024, landelijk-dekkend-netwerk-2025)
\`\`\`

In deze kolom of dit veld mag alleen een van de woorden uit de lijst staan. Kies het woord dat het best
past. Hoofdletters maken niet uit. In CSV-bestanden mag een spatie in plaats van een streepje
(\`in gesprek\` voor \`in-gesprek\`). In \`regio.yaml\` en in MDX-bestanden niet: schrijf daar het woord
precies zoals in de lijst, met streepjes (\`onderwijsregio-2024\`).

Tip: maak in Excel een keuzelijst, dan kunt u geen verkeerd woord typen. Selecteer de kolom, kies
*Gegevens* > *Gegevensvalidatie* > *Lijst* en typ de woorden uit de melding, gescheiden door een
puntkomma.

`,
    },
    {
      kop: `"..." is geen sector`,
      codes: ['cel.geen-sector'],
      tekst: `\`\`\`
data/partijen.csv:12: kolom "sectoren": "havo" is geen sector (kies uit: po, so, vo, vso, mbo)
data/regio.yaml:4: veld "sectoren": "havo" is geen sector (kies uit: po, so, vo, vso, mbo)
\`\`\`

De sectoren zijn \`po\`, \`so\`, \`vo\`, \`vso\` en \`mbo\`. Havo en vwo vallen onder \`vo\`.

`,
    },
    {
      kop: `streef_kwartaal ... moet na nulmeting_kwartaal ... liggen`,
      codes: ['cel.streef-voor-nulmeting'],
      tekst: `\`\`\`
data/indicatoren.csv:24: kolom "streef_kwartaal": streef_kwartaal 2024-Q4 moet na nulmeting_kwartaal 2025-Q1 liggen
\`\`\`

Het kwartaal van de streefwaarde ligt vóór of in hetzelfde kwartaal als de nulmeting. Dat kan niet: de
monitor trekt een lijn van de nulmeting naar de streefwaarde. Verbeter een van de twee kwartalen.

`,
    },
    {
      kop: `eind ... ligt vóór start ...`,
      codes: ['cel.eind-voor-start'],
      tekst: `\`\`\`
data/activiteiten.csv:2: kolom "eind": eind 2026-Q2 ligt vóór start 2026-Q3
\`\`\`

Het eindkwartaal van de activiteit ligt vóór het startkwartaal. Verbeter \`start\` of \`eind\`.

`,
    },
  ],
};
