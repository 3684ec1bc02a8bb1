// Messages of group A in docs/foutmeldingen.md: Regiomap, bestanden en kopregel.
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';


/** How to save a file that is no text: Excel's words for a CSV file, else plain UTF-8. */
const opslaan = (csv: boolean) => (csv ? 'sla het in Excel op met Opslaan als > "CSV UTF-8 (door komma\'s gescheiden)" of als "Unicode-tekst"' : 'sla het op als UTF-8');
/** The end of every quote problem: where parsing got stuck (when later) and that the rest was not read. */
const nietGelezen = (vast: number | undefined) => `${vast !== undefined ? ` (het parsen loopt vast op regel ${vast})` : ''}; de regels hierna zijn niet gelezen`;

export const BESTANDEN = {
  'bestand.regiomap-bestaat-niet': fout((p: { map: string }) => `de regiomap "${p.map}" bestaat niet`, { map: '/Users/naam/Regio/mijn-regoi' }),
  'bestand.map-ontbreekt': fout((p: { map: string }) => `de map ${p.map}/ ontbreekt in de regiomap`, { map: 'data' }),
  'bestand.verplicht-ontbreekt': fout(() => 'verplicht bestand ontbreekt'),
  'bestand.onbekend': waarschuwing(
    (p: { bekend: readonly string[] }) => `onbekend bestand wordt genegeerd (bekende bestanden: ${p.bekend.join(', ')})`,
    { bekend: ['doelen.csv', 'indicatoren.csv'] },
  ),
  'bestand.onbekende-map': waarschuwing(() => 'onbekende map wordt genegeerd (bekende mappen: lijnen, kwartalen, doelen, paginas)'),
  'bestand.windows-1252': waarschuwing(
    () => 'het bestand is geen UTF-8 en is gelezen als Windows-1252; sla het in Excel op als "CSV UTF-8" om tekens als ë en € zeker goed te krijgen',
  ),
  'bestand.verkeerde-soort': fout(
    (p: { verwacht: 'bestand' | 'map'; hint?: string | undefined }) =>
      `${p.verwacht === 'bestand' ? 'is een map, geen bestand' : 'is een bestand, geen map'}${p.hint ? `; ${p.hint}` : ''}`,
    { verwacht: 'map', hint: 'maak er een map van met de .mdx-bestanden erin' },
  ),
  'bestand.geen-gewoon-bestand': fout(() => 'is geen gewoon bestand en geen map'),
  'bestand.link-leeg': fout(
    (p: { doel: string }) => `is een snelkoppeling (symbolische link) naar "${p.doel}", maar daar staat niets; zet het bestand zelf op deze plek`,
    { doel: '../gedeeld/doelen.csv' },
  ),
  'bestand.link-buiten': fout(
    (p: { doel: string }) =>
      `is een snelkoppeling (symbolische link) naar "${p.doel}", buiten de regiomap; de site publiceert alleen wat in de regiomap staat, dus zet het bestand zelf op deze plek`,
    { doel: '/home/naam/doelen.csv' },
  ),
  'bestand.onleesbaar': fout((p: { reden: string }) => `kan niet gelezen worden (${p.reden})`, { reden: 'EACCES' }),
  'bestand.map-onleesbaar': fout((p: { reden: string }) => `de map kan niet gelezen worden (${p.reden})`, { reden: 'EACCES' }),
  'bestand.hoofdletters': fout((p: { naam: string }) => `de bestandsnaam moet in kleine letters; noem het bestand ${p.naam}`, { naam: 'doelen.csv' }),
  'bestand.zip': fout(
    (p: { csv: boolean }) => `dit is een Excel-werkmap (.xlsx) of ander zip-bestand, geen tekstbestand; ${opslaan(p.csv)}`,
    { csv: true },
  ),
  'bestand.utf16-zonder-bom': fout(
    (p: { csv: boolean }) => `het bestand is UTF-16 zonder byte-volgordemarkering (BOM) en kan niet betrouwbaar gelezen worden; ${opslaan(p.csv)}`,
    { csv: true },
  ),
  'bestand.utf16': fout(() => 'het bestand is opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8'),
  'bestand.nul-teken': fout(
    (p: { csv: boolean }) => `hier staat een nul-teken (byte 0); zo'n teken hoort niet in een tekstbestand (is het bestand beschadigd of geen tekst?); ${opslaan(p.csv)}`,
    { csv: false },
  ),
  'bestand.geen-utf8': fout(
    () => 'het bestand is geen UTF-8 (waarschijnlijk Windows-1252 of een andere codering); sla het op als UTF-8, dan komen tekens als ë en € goed op de site',
  ),
  'bestand.alleen-cr': fout(() => 'hier eindigt een regel met alleen CR (oude Mac-opmaak); sla het bestand op met gewone regeleinden (LF of CRLF)'),
  'bestand.stuurteken': fout(
    (p: { teken: string; waar: string }) =>
      `onzichtbaar stuurteken ${p.teken} ${p.waar}; verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)`,
    { teken: 'U+0007', waar: 'in de cel' },
  ),
  'bestand.markdown': waarschuwing(
    (p: { naam: string }) => `Markdown-bestand wordt genegeerd; alleen .mdx-bestanden tellen mee (noem het ${p.naam}.mdx)`,
    { naam: 'werven' },
  ),
  'bestand.sep': fout((p: { teken: string }) => `"sep=${p.teken}" noemt een onbekend scheidingsteken; gebruik sep=; of sep=,`, { teken: '|' }),
  'bestand.aanhalingsteken-open': fout(
    (p: { vast?: number | undefined }) => `een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel${nietGelezen(p.vast)}`,
    { vast: 9 },
  ),
  'bestand.aanhalingsteken-na-sluiten': fout(
    (p: { vast?: number | undefined }) =>
      `een cel op deze regel begint met een aanhalingsteken (") maar er staat na het sluitende aanhalingsteken nog tekst; zet de hele cel tussen aanhalingstekens en schrijf een " in de tekst als ""${nietGelezen(p.vast)}`,
    {},
  ),
  'bestand.aanhalingsteken-midden': fout(
    (p: { vast?: number | undefined }) =>
      `een cel op deze regel bevat een aanhalingsteken (") midden in de tekst; zet de hele cel tussen aanhalingstekens en schrijf elk " in de tekst als "" (Excel doet dat zelf bij Opslaan als CSV)${nietGelezen(p.vast)}`,
    {},
  ),
  'bestand.geen-csv': fout((p: { vast?: number | undefined }) => `deze regel is geen geldige CSV (controleer de aanhalingstekens)${nietGelezen(p.vast)}`, {}),
  'bestand.te-veel-cellen': fout(
    (p: { cellen: number; kolommen: number; extra: string; scheidingsteken: string }) =>
      `deze regel heeft ${p.cellen} of meer cellen, de kopregel ${p.kolommen} kolommen (extra: "${p.extra}"); staat er een ${p.scheidingsteken} in een getal of tekst zonder aanhalingstekens?`,
    { cellen: 6, kolommen: 5, extra: '5', scheidingsteken: 'puntkomma' },
  ),
  'bestand.geen-kopregel': fout(
    (p: { kolommen: readonly string[] }) => `het bestand heeft geen kopregel; de eerste regel moet de kolomnamen bevatten: ${p.kolommen.join(', ')}`,
    { kolommen: ['id', 'lijn', 'titel'] },
  ),
  'bestand.kolom-dubbel': fout((p: { kolom: string }) => `kolom "${p.kolom}" staat twee keer in de kopregel`, { kolom: 'waarde' }),
  'bestand.onbekende-kolom': waarschuwing(
    (p: { kolom: string; bekend: readonly string[] }) => `onbekende kolom "${p.kolom}" wordt genegeerd (bekende kolommen: ${p.bekend.join(', ')})`,
    { kolom: 'opmerkingen', bekend: ['indicator', 'kwartaal'] },
  ),
  'bestand.kolom-ontbreekt': fout((p: { kolom: string }) => `verplichte kolom "${p.kolom}" ontbreekt`, { kolom: 'kwartaal' }),
};

export const BESTANDEN_DOCS: Hoofdstuk = {
  letter: 'A',
  titel: 'Regiomap, bestanden en kopregel',
  inleiding: ``,
  koppen: [
    {
      kop: `de regiomap "..." bestaat niet`,
      codes: ['bestand.regiomap-bestaat-niet'],
      tekst: `\`\`\`
.: de regiomap "/Users/naam/Regio/mijn-regoi" bestaat niet
\`\`\`

De map die u met \`REGIO_DIR\` opgaf, bestaat niet. Controleer het pad op typfouten. Zie
[Aan de slag](aan-de-slag.md#uw-eigen-regio).

`,
    },
    {
      kop: `de map data/ ontbreekt in de regiomap`,
      codes: ['bestand.map-ontbreekt'],
      tekst: `\`\`\`
data/: de map data/ ontbreekt in de regiomap
content/: de map content/ ontbreekt in de regiomap
\`\`\`

Een regiomap heeft de mappen \`data\` en \`content\`. Misschien wijst \`REGIO_DIR\` naar de verkeerde map
(bijvoorbeeld naar \`data\` zelf in plaats van de map erboven). Zolang een van de twee mappen ontbreekt,
volgen er veel andere meldingen, zoals "verplicht bestand ontbreekt" of "er is geen enkele
ontwikkellijn". Die verdwijnen als u de juiste map opgeeft.

`,
    },
    {
      kop: `verplicht bestand ontbreekt`,
      codes: ['bestand.verplicht-ontbreekt'],
      tekst: `\`\`\`
data/doelen.csv: verplicht bestand ontbreekt
data/regio.yaml: verplicht bestand ontbreekt
\`\`\`

\`doelen.csv\` en \`regio.yaml\` moeten er altijd zijn. Controleer ook de spelling van de bestandsnaam:
kleine letters, en \`.csv\` (niet \`.csv.txt\` of \`.xlsx\`). Tip: laat Windows de extensies tonen (in de
Verkenner: *Beeld* > *Bestandsnaamextensies*).

`,
    },
    {
      kop: `onbekend bestand wordt genegeerd (waarschuwing)`,
      codes: ['bestand.onbekend'],
      tekst: `\`\`\`
data/partners.csv: waarschuwing: onbekend bestand wordt genegeerd (bekende bestanden: doelen.csv, indicatoren.csv, metingen.csv, beoordelingen.csv, activiteiten.csv, voortgang.csv, partijen.csv, begroting.csv, uitgaven.csv, kerncijfers.csv, aanbevelingen.csv, begrippen.csv)
\`\`\`

De monitor kent dit CSV-bestand niet en gebruikt het niet. Is het een spelfout (hier: \`partners.csv\` in
plaats van \`partijen.csv\`)? Hernoem het bestand. Is het een eigen hulpbestand? Zet het dan liever buiten
de map \`data\`.

`,
    },
    {
      kop: `onbekende map wordt genegeerd (waarschuwing)`,
      codes: ['bestand.onbekende-map'],
      tekst: `\`\`\`
content/nieuws/: waarschuwing: onbekende map wordt genegeerd (bekende mappen: lijnen, kwartalen, doelen, paginas)
\`\`\`

In \`content\` kent de monitor alleen deze vier mappen. Een extra pagina zet u in \`content/paginas/\`.

`,
    },
    {
      kop: `het bestand is geen UTF-8 en is gelezen als Windows-1252 (waarschuwing)`,
      codes: ['bestand.windows-1252'],
      tekst: `\`\`\`
data/begrippen.csv: waarschuwing: het bestand is geen UTF-8 en is gelezen als Windows-1252; sla het in Excel op als "CSV UTF-8" om tekens als ë en € zeker goed te krijgen
\`\`\`

U heeft het bestand opgeslagen als gewone "CSV" in plaats van "CSV UTF-8". Meestal gaat dat goed, maar
tekens als ë, é en € kunnen verkeerd op de site komen. Open het bestand in Excel en sla het opnieuw op
als **CSV UTF-8** (zie [Gegevens aanleveren](gegevens.md#aanbevolen-csv-utf-8)).

`,
    },
    {
      kop: `is een map, geen bestand / is een bestand, geen map`,
      codes: ['bestand.verkeerde-soort', 'bestand.geen-gewoon-bestand'],
      tekst: `\`\`\`
data/metingen.csv: is een map, geen bestand
content/lijnen/extra.mdx: is een map, geen bestand; een verhaal is één .mdx-bestand; verwijder de map of geef haar een andere naam
content/kwartalen: is een bestand, geen map; maak er een map van met de .mdx-bestanden erin
data: is een bestand, geen map; de regiomap moet een map data/ hebben
\`\`\`

Op deze plek verwacht de monitor een bestand, maar er staat een map met die naam (of andersom). Dat
gebeurt bijvoorbeeld als een uitgepakt zip-bestand een map \`metingen.csv\` achterlaat. Zet het echte
bestand (of de echte map) op deze plek.

`,
    },
    {
      kop: `is een snelkoppeling (symbolische link) naar "...", maar daar staat niets`,
      codes: ['bestand.link-leeg'],
      tekst: `\`\`\`
data/begroting.csv: is een snelkoppeling (symbolische link) naar "/Users/naam/Regio/begroting.csv", maar daar staat niets; zet het bestand zelf op deze plek
\`\`\`

Het bestand is een snelkoppeling naar een bestand dat niet (meer) bestaat. Zonder deze melding zou de
monitor het bestand stilletjes overslaan. Zet het bestand zelf in de regiomap.

`,
    },
    {
      kop: `is een snelkoppeling (symbolische link) naar "...", buiten de regiomap`,
      codes: ['bestand.link-buiten'],
      tekst: `\`\`\`
data/begrippen.csv: is een snelkoppeling (symbolische link) naar "/etc/passwd", buiten de regiomap; de site publiceert alleen wat in de regiomap staat, dus zet het bestand zelf op deze plek
\`\`\`

Een snelkoppeling mag, maar alleen naar iets binnen de regiomap. Zo kan een snelkoppeling nooit
ongemerkt een bestand van elders op de openbare site zetten. Dit geldt ook voor mappen, zoals een
snelkoppeling \`content/paginas\` naar een map buiten de regiomap.

`,
    },
    {
      kop: `kan niet gelezen worden (...)`,
      codes: ['bestand.onleesbaar', 'bestand.map-onleesbaar'],
      tekst: `\`\`\`
data/metingen.csv: kan niet gelezen worden (EACCES)
\`\`\`

Het besturingssysteem laat de monitor het bestand niet lezen; tussen haakjes staat de reden (\`EACCES\`:
geen leesrechten). Geef uzelf leesrechten op het bestand. Een apparaat- of pijpbestand op die plek geeft
\`is geen gewoon bestand en geen map\`.

`,
    },
    {
      kop: `de bestandsnaam moet in kleine letters; noem het bestand ...`,
      codes: ['bestand.hoofdletters'],
      tekst: `\`\`\`
data/Begrippen.csv: de bestandsnaam moet in kleine letters; noem het bestand begrippen.csv
\`\`\`

Windows en macOS zien \`Begrippen.csv\` en \`begrippen.csv\` als hetzelfde bestand, de webserver en de
bouwcomputer niet. Hernoem het bestand zoals de melding voorstelt.

`,
    },
    {
      kop: `dit is een Excel-werkmap (.xlsx) of ander zip-bestand, geen tekstbestand`,
      codes: ['bestand.zip'],
      tekst: `\`\`\`
data/kerncijfers.csv:1: dit is een Excel-werkmap (.xlsx) of ander zip-bestand, geen tekstbestand; sla het in Excel op met Opslaan als > "CSV UTF-8 (door komma's gescheiden)" of als "Unicode-tekst"
\`\`\`

Het bestand heet \`.csv\`, maar is een Excel-werkmap: alleen de naam is veranderd. Open het in Excel en
sla het werkblad op als **CSV UTF-8** (zie [Gegevens aanleveren](gegevens.md#aanbevolen-csv-utf-8)).

`,
    },
    {
      kop: `het bestand is UTF-16 zonder byte-volgordemarkering (BOM)`,
      codes: ['bestand.utf16-zonder-bom', 'bestand.utf16'],
      tekst: `\`\`\`
data/partijen.csv:1: het bestand is UTF-16 zonder byte-volgordemarkering (BOM) en kan niet betrouwbaar gelezen worden; sla het in Excel op met Opslaan als > "CSV UTF-8 (door komma's gescheiden)" of als "Unicode-tekst"
\`\`\`

Het bestand is UTF-16, maar het begin mist het teken (de BOM) dat zegt hoe het gelezen moet worden.
Excel schrijft dat teken altijd; zo'n bestand komt meestal uit een ander programma. Sla het opnieuw op
als CSV UTF-8, of in Excel als *Unicode-tekst*.

`,
    },
    {
      kop: `hier staat een nul-teken (byte 0)`,
      codes: ['bestand.nul-teken'],
      tekst: `\`\`\`
data/begrippen.csv:3: hier staat een nul-teken (byte 0); zo'n teken hoort niet in een tekstbestand (is het bestand beschadigd of geen tekst?); sla het in Excel op met Opslaan als > "CSV UTF-8 (door komma's gescheiden)" of als "Unicode-tekst"
\`\`\`

Op deze regel staat een byte 0. Dat komt in tekst niet voor: het bestand is beschadigd of is geen
tekstbestand. Sla het opnieuw op vanuit Excel. In een MDX-bestand of \`regio.yaml\` eindigt de melding
met \`sla het op als UTF-8\`.

`,
    },
    {
      kop: `het bestand is geen UTF-8 (waarschijnlijk Windows-1252 of een andere codering)`,
      codes: ['bestand.geen-utf8'],
      tekst: `\`\`\`
content/lijnen/behouden.mdx:7: het bestand is geen UTF-8 (waarschijnlijk Windows-1252 of een andere codering); sla het op als UTF-8, dan komen tekens als ë en € goed op de site
content/paginas/loket.mdx:1: het bestand is opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8
\`\`\`

Anders dan CSV-bestanden moeten MDX-bestanden en \`regio.yaml\` in UTF-8 staan: de bouw van de site leest
ze zo. Het regelnummer wijst naar de eerste regel met een teken dat geen UTF-8 is. Kies in uw
teksteditor bij *Opslaan als* de codering **UTF-8**.

`,
    },
    {
      kop: `hier eindigt een regel met alleen CR (oude Mac-opmaak)`,
      codes: ['bestand.alleen-cr'],
      tekst: `\`\`\`
content/paginas/over.mdx:1: hier eindigt een regel met alleen CR (oude Mac-opmaak); sla het bestand op met gewone regeleinden (LF of CRLF)
\`\`\`

De regels van dit bestand eindigen met alleen een CR-teken, zoals op Macs van vóór 2001. De bouw zou
de frontmatter dan niet herkennen en als tekst op de pagina zetten. Kies in uw teksteditor
regeleinden *LF* (of *CRLF*, Windows) en sla opnieuw op.

`,
    },
    {
      kop: `onzichtbaar stuurteken U+... (in een cel of op een regel)`,
      codes: ['bestand.stuurteken'],
      tekst: `\`\`\`
data/doelen.csv:4: kolom "titel": onzichtbaar stuurteken U+0001 in deze cel; verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)
data/begrippen.csv:1: onzichtbaar stuurteken U+0007 in de kopregel (cel 2); verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)
content/lijnen/werven.mdx:7: onzichtbaar stuurteken U+000B op positie 10 van de regel; verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)
content/lijnen/behouden.mdx:2: veld "titel": onzichtbaar stuurteken U+0001 in de waarde; verwijder het (het komt vaak mee bij kopiëren uit Word, een pdf of een ander programma)
\`\`\`

In de tekst staat een teken dat u niet ziet, maar dat een webpagina en de RSS-feed niet mogen bevatten
(zie [Gegevens aanleveren](gegevens.md#wat-de-monitor-ook-accepteert) voor de lijst). Het komt vaak mee
bij kopiëren en plakken: een verticale tab (U+000B) uit Word, of U+FFFE uit een beschadigd bestand. De
monitor haalt het niet stilletjes weg, omdat uw tekst dan verandert zonder dat u het ziet. Zoek de cel
(of bij een MDX-bestand de positie op de regel, de tekens geteld vanaf 1) en typ de tekst daar opnieuw.
Bij \`in de waarde\` staat het teken als code (\`"\\x01"\`) tussen aanhalingstekens in de frontmatter.

`,
    },
    {
      kop: `Markdown-bestand wordt genegeerd (waarschuwing)`,
      codes: ['bestand.markdown'],
      tekst: `\`\`\`
content/paginas/over.md: waarschuwing: Markdown-bestand wordt genegeerd; alleen .mdx-bestanden tellen mee (noem het over.mdx)
\`\`\`

De monitor leest in \`content\` alleen \`.mdx\`-bestanden. Hernoem het bestand naar \`.mdx\` als het een
pagina moet worden.

`,
    },
    {
      kop: `"sep=..." noemt een onbekend scheidingsteken`,
      codes: ['bestand.sep'],
      tekst: `\`\`\`
data/begroting.csv:1: "sep=|" noemt een onbekend scheidingsteken; gebruik sep=; of sep=,
\`\`\`

De eerste regel \`sep=\` mag alleen een puntkomma, een komma of een tab noemen. Verander de regel in
\`sep=;\` of haal hem weg. U ziet deze regel niet in Excel; open het bestand in een teksteditor.

`,
    },
    {
      kop: `Problemen met aanhalingstekens`,
      codes: [],
      tekst: `Een cel waarin een \`;\`, een \`"\` of een nieuwe regel staat, hoort tussen aanhalingstekens te staan, en
een \`"\` in de tekst wordt dan \`""\`. Excel doet dat vanzelf als u opslaat als CSV. Gaat het toch mis,
dan kan de monitor het bestand vanaf die plek niet meer lezen. U krijgt dan een van de drie meldingen
hieronder. Ze eindigen allemaal met:

- **\`(het parsen loopt vast op regel ...)\`**: soms merkt de monitor pas een paar regels later dat er
  iets mis is. Het regelnummer vóór in de melding is de regel waar het probleem **begint**; het
  nummer tussen haakjes is waar de monitor vastliep. Dit deel staat er niet als dat dezelfde regel is.
- **\`de regels hierna zijn niet gelezen\`**: de regels boven de genoemde regel zijn wel gelezen en
  gecontroleerd, de regels vanaf die regel niet. Na het oplossen kunnen er dus nog nieuwe meldingen
  over die regels komen.

Deze fouten ontstaan bijna altijd als het bestand buiten Excel is bewerkt, bijvoorbeeld in Kladblok.
Los ze daarom ook op in een teksteditor met regelnummers (Notepad++, Visual Studio Code, of Kladblok
met Ctrl + G). Opent u het bestand in Excel, dan kunnen veel rijen in één cel terechtkomen.

`,
    },
    {
      kop: `een aanhalingsteken (") wordt geopend maar nergens gesloten`,
      codes: ['bestand.aanhalingsteken-open'],
      tekst: `\`\`\`
data/activiteiten.csv:30: een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel; de regels hierna zijn niet gelezen
data/doelen.csv:3: een aanhalingsteken (") wordt geopend maar nergens gesloten; controleer de cellen op deze regel (het parsen loopt vast op regel 16); de regels hierna zijn niet gelezen
\`\`\`

Een cel begint met \`"\`, maar het afsluitende \`"\` ontbreekt. De monitor leest dan alles tot het einde
van het bestand (of tot het volgende \`"\`) als één cel. Zoek op de genoemde regel de cel die met \`"\`
begint. Zet aan het eind van die cel ook een \`"\`, of haal het aanhalingsteken weg als het niet nodig
is. Voorbeeld:

\`\`\`
mentorprogramma;behouden-professionaliseren;;"Mentorprogramma voor starters;Programmabureau;2026-Q3;2027-Q2
\`\`\`

wordt

\`\`\`
mentorprogramma;behouden-professionaliseren;;Mentorprogramma voor starters;Programmabureau;2026-Q3;2027-Q2
\`\`\`

`,
    },
    {
      kop: `een cel op deze regel begint met een aanhalingsteken (") maar er staat na het sluitende aanhalingsteken nog tekst`,
      codes: ['bestand.aanhalingsteken-na-sluiten'],
      tekst: `\`\`\`
data/voortgang.csv:2: een cel op deze regel begint met een aanhalingsteken (") maar er staat na het sluitende aanhalingsteken nog tekst; zet de hele cel tussen aanhalingstekens en schrijf een " in de tekst als ""; de regels hierna zijn niet gelezen
\`\`\`

Een cel is zo geschreven: \`"Twee" besturen willen eerst afspraken\`. De monitor denkt dat de cel na
\`"Twee"\` ophoudt, maar er volgt nog tekst. Schrijf de hele cel tussen aanhalingstekens en verdubbel de
aanhalingstekens in de tekst: \`"""Twee"" besturen willen eerst afspraken"\`. Of laat de aanhalingstekens
in de tekst gewoon weg. Typt u de tekst in Excel en slaat u op als CSV, dan doet Excel dit zelf.

Staat er \`(het parsen loopt vast op regel ...)\` achter, dan is er op de genoemde regel een \`"\`
vergeten: de cel loopt dan door tot het volgende \`"\` verderop in het bestand. Kijk dus naar de
**eerste** regel die de melding noemt.

`,
    },
    {
      kop: `een cel op deze regel bevat een aanhalingsteken (") midden in de tekst`,
      codes: ['bestand.aanhalingsteken-midden'],
      tekst: `\`\`\`
data/voortgang.csv:3: een cel op deze regel bevat een aanhalingsteken (") midden in de tekst; zet de hele cel tussen aanhalingstekens en schrijf elk " in de tekst als "" (Excel doet dat zelf bij Opslaan als CSV); de regels hierna zijn niet gelezen
\`\`\`

Er staat een aanhalingsteken **midden in** een cel die zelf niet tussen aanhalingstekens staat, zoals:

\`\`\`
convenant-opstellen;2026-Q2;afgerond;In april "ondertekend" door alle aangesloten besturen.
\`\`\`

Dat gebeurt vooral als u een CSV-bestand buiten Excel bewerkt, bijvoorbeeld in Kladblok. Haal de
aanhalingstekens in de tekst weg, of schrijf de cel zoals Excel dat doet: de hele cel tussen
aanhalingstekens en elk \`"\` in de tekst dubbel:
\`"In april ""ondertekend"" door alle aangesloten besturen."\`. U kunt ook de tekst in Excel opnieuw
typen en het bestand opslaan als CSV UTF-8.

`,
    },
    {
      kop: `deze regel is geen geldige CSV (controleer de aanhalingstekens)`,
      codes: ['bestand.geen-csv'],
      tekst: `\`\`\`
data/voortgang.csv:3: deze regel is geen geldige CSV (controleer de aanhalingstekens); de regels hierna zijn niet gelezen
\`\`\`

De monitor kan de regel niet lezen, maar herkent niet precies wat er mis is. Het gaat bijna altijd om
aanhalingstekens (\`"\`). Kijk of elke cel die met \`"\` begint ook met \`"\` eindigt, en of elk \`"\` in de
tekst dubbel staat (\`""\`). Twijfelt u, open het bestand dan in Excel en sla het opnieuw op als CSV.

`,
    },
    {
      kop: `deze regel heeft ... of meer cellen, de kopregel ... kolommen`,
      codes: ['bestand.te-veel-cellen'],
      tekst: `\`\`\`
data/uitgaven.csv:5: deze regel heeft 4 of meer cellen, de kopregel 3 kolommen (extra: "50"); staat er een puntkomma in een getal of tekst zonder aanhalingstekens?
data/uitgaven.csv:2: deze regel heeft 4 of meer cellen, de kopregel 3 kolommen (extra: "5"); staat er een komma in een getal of tekst zonder aanhalingstekens?
\`\`\`

Op deze regel staan meer cellen dan er kolommen in de kopregel zijn. De monitor noemt de eerste cel
te veel (\`extra: "50"\`). Bijna altijd staat het scheidingsteken van het bestand in een tekst of getal,
zonder aanhalingstekens eromheen. In de voorbeelden:

- In een puntkomma-bestand stond \`44.800;50\` in plaats van \`44.800,50\`. Verbeter het getal.
- In een komma-bestand stond \`47250,5\`. De komma scheidt daar de cellen, dus de monitor las \`47250\` en
  \`5\`. Schrijf \`47250.5\`: in een komma-bestand is de punt het decimaalteken. Nog eenvoudiger: sla het
  bestand vanuit een Nederlandse Excel op als CSV UTF-8; dan krijgt u een puntkomma-bestand.
- Staat het scheidingsteken in een **tekst** (zoals \`Kerngroep; programmabureau\`), zet dan de hele cel
  tussen aanhalingstekens: \`"Kerngroep; programmabureau"\`.

In Excel ziet u de extra cel rechts van de laatste kolom, in een kolom zonder naam. Zet de inhoud terug
in de goede cel, maak de extra cel leeg en sla op als CSV UTF-8. Excel zet dan zelf aanhalingstekens
waar dat nodig is.

`,
    },
    {
      kop: `het bestand heeft geen kopregel`,
      codes: ['bestand.geen-kopregel'],
      tekst: `\`\`\`
data/begrippen.csv:1: het bestand heeft geen kopregel; de eerste regel moet de kolomnamen bevatten: term, uitleg
\`\`\`

Het bestand is leeg of bevat alleen lege regels. Zet op de eerste rij de kolomnamen (de melding noemt
de verplichte kolommen), of verwijder het bestand als u het niet gebruikt.

`,
    },
    {
      kop: `kolom "..." staat twee keer in de kopregel`,
      codes: ['bestand.kolom-dubbel'],
      tekst: `\`\`\`
data/metingen.csv:1: kolom "waarde" staat twee keer in de kopregel
\`\`\`

Twee kolommen hebben dezelfde naam (hoofdletters en spaties tellen niet mee). Verwijder of hernoem een
van de twee. Tot die tijd leest de monitor alleen de **eerste** kolom met die naam (de linker in
Excel).

`,
    },
    {
      kop: `onbekende kolom "..." wordt genegeerd (waarschuwing)`,
      codes: ['bestand.onbekende-kolom'],
      tekst: `\`\`\`
data/doelen.csv:1: waarschuwing: onbekende kolom "opmerking" wordt genegeerd (bekende kolommen: id, lijn, titel, soort, ambitie, themas, eind_kwartaal, eigenaar)
\`\`\`

De monitor kent deze kolom niet en gebruikt hem niet. Is het een spelfout? Verbeter de kolomnaam (de
melding noemt de goede namen). Is het een eigen kolom? Dan kunt u hem laten staan; hij komt niet op de
site.

`,
    },
    {
      kop: `verplichte kolom "..." ontbreekt`,
      codes: ['bestand.kolom-ontbreekt'],
      tekst: `\`\`\`
data/begroting.csv:1: verplichte kolom "bedrag" ontbreekt
\`\`\`

Deze kolom moet in de kopregel staan. Misschien is de naam anders gespeld (hier stond \`budget\`; daarover
krijgt u ook de waarschuwing *onbekende kolom "budget"*). Voeg de kolom toe of verbeter de naam. De
verplichte kolommen per bestand staan in
[Gegevens aanleveren](gegevens.md#4-de-csv-bestanden-één-voor-één).

`,
    },
  ],
};
