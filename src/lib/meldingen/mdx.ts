// Messages of group E in docs/foutmeldingen.md: MDX-bestanden.
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';

export const MDX = {
  'mdx.geen-frontmatter': fout(() => 'het bestand begint niet met frontmatter tussen twee regels "---"'),
  'mdx.frontmatter-niet-gesloten': fout(() => 'de frontmatter wordt niet gesloten: zet na het laatste veld een regel met alleen "---"'),
  'mdx.frontmatter-grens': fout(
    (p: { begin: string }) => `de frontmatter moet beginnen en eindigen met een regel met alleen "---"; deze regel begint met ${p.begin} en is het einde van de frontmatter`,
    { begin: '---' },
  ),
  'mdx.veld-layout': fout(() => 'veld "layout" kan niet: de monitor bepaalt zelf de opmaak, en een layout is programmacode; haal de regel weg'),
  'mdx.yaml-samenvoegen': fout(() => '"<<" (samenvoegen in YAML) kan niet in de frontmatter; schrijf elk veld zelf uit'),
  'mdx.geen-yaml': fout(
    (p: { reden: string }) => `geen geldige YAML (${p.reden}); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens`,
    { reden: 'Unexpected scalar at node end' },
  ),
  'mdx.veld-dubbel': fout(
    (p: { veld: string; waar: 'bestand' | 'blok'; regel?: number | undefined }) =>
      `veld "${p.veld}" staat twee keer in ${p.waar === 'blok' ? 'hetzelfde blok' : 'het bestand'}${p.regel !== undefined ? ` (ook op regel ${p.regel})` : ''}; verwijder er één`,
    { veld: 'titel', waar: 'bestand', regel: 3 },
  ),
  'mdx.yaml-verwijzing': fout(
    (p: { naam: string }) => `YAML-verwijzingen (&${p.naam} en *${p.naam}) worden niet ondersteund; schrijf de waarde voluit`,
    { naam: 'regio' },
  ),
  'mdx.yaml-label': fout(
    (p: { label: string }) => `YAML-label ${p.label} wordt niet ondersteund; zet de tekst tussen aanhalingstekens als het ! erbij hoort`,
    { label: '!belangrijk' },
  ),
  'mdx.waarde-zonder-veld': fout(() => 'deze regel heeft een waarde maar geen veldnaam; schrijf "veld: waarde"'),
  'mdx.tweede-document': fout(() => 'er staat een regel "---" midden in het bestand; YAML leest dat als het begin van een tweede document. Verwijder die regel'),
  'mdx.geen-velden': fout(() => 'verwacht regels in de vorm "veld: waarde"'),
  'mdx.commentaar-in-waarde': waarschuwing(
    (p: { gelezen?: string | undefined; veld: string; voorbeeld: string }) =>
      `alles vanaf # is in YAML commentaar en valt weg (${p.gelezen === undefined ? 'het veld is nu leeg' : `gelezen als "${p.gelezen}"`}); zet de waarde tussen aanhalingstekens, bijvoorbeeld ${p.veld}: "${p.voorbeeld}"`,
    { veld: 'accentkleur', voorbeeld: '#1f5f8b' },
  ),
  'mdx.verplicht-veld': fout((p: { veld: string }) => `verplicht veld "${p.veld}" ontbreekt`, { veld: 'titel' }),
  'mdx.veld-leeg': fout((p: { veld: string }) => `veld "${p.veld}" is leeg; dit veld is verplicht`, { veld: 'samenvatting' }),
  'mdx.veld-geen-tekst': fout((p: { veld: string }) => `veld "${p.veld}" moet een tekst zijn`, { veld: 'titel' }),
  'mdx.veld-geen-enkele-waarde': fout((p: { veld: string }) => `veld "${p.veld}" moet één waarde zijn, geen lijst of blok`, { veld: 'volgorde' }),
  'mdx.veld-geen-lijst': fout((p: { veld: string }) => `veld "${p.veld}" moet een lijst zijn`, { veld: 'sectoren' }),
  'mdx.veld-geen-waarde': fout((p: { waarde: string }) => `"${p.waarde}" is geen waarde; dit veld is verplicht`, { waarde: 'n.v.t.' }),
  'mdx.onbekend-veld': waarschuwing(
    (p: { veld: string; bekend: readonly string[] }) => `onbekend veld "${p.veld}" wordt genegeerd (bekende velden: ${p.bekend.join(', ')})`,
    { veld: 'kleur', bekend: ['naam', 'kortenaam'] },
  ),
  'mdx.geen-lijnen': fout(() => 'er is geen enkele ontwikkellijn: maak per lijn een bestand content/lijnen/<lijn>.mdx'),
  'mdx.te-veel-lijnen': fout((p: { aantal: number }) => `er zijn ${p.aantal} lijnen; een regio heeft er hoogstens 8`, { aantal: 9 }),
  'mdx.bestandsnaam-geen-id': fout(
    (p: { naam: string; voorstel: string }) => `de bestandsnaam "${p.naam}" is geen geldige id; noem het bestand ${p.voorstel}`,
    { naam: 'Over Ons', voorstel: 'over-ons.mdx' },
  ),
  'mdx.extensie': fout((p: { voorstel: string }) => `de extensie moet .mdx zijn, in kleine letters; noem het bestand ${p.voorstel}`, { voorstel: 'werven.mdx' }),
  'mdx.zelfde-naam': fout(
    (p: { ander: string }) =>
      `heeft dezelfde naam als ${p.ander}, op hoofdletters na; dat is voor Windows en macOS hetzelfde bestand en de site kan er maar één tonen. Verwijder er één`,
    { ander: 'content/kwartalen/2025-q4.mdx' },
  ),
  'mdx.bestandsnaam-te-lang': fout(
    (p: { lengte: number; max: number }) =>
      `de bestandsnaam is ${p.lengte} tekens lang (zonder .mdx); hoogstens ${p.max} tekens, want de naam wordt een webadres en een bestandsnaam op de site`,
    { lengte: 69, max: 64 },
  ),
  'mdx.volgorde-dubbel': waarschuwing(
    (p: { volgorde: number; lijn: string }) => `volgorde ${p.volgorde} heeft ook lijn "${p.lijn}"; de volgorde op de site is dan willekeurig`,
    { volgorde: 1, lijn: 'anders-organiseren' },
  ),
  'mdx.bestandsnaam-geen-kwartaal': fout(
    (p: { naam: string }) => `de bestandsnaam "${p.naam}.mdx" is geen kwartaal; noem het bestand zoals 2025-q3.mdx`,
    { naam: 'Q3 2026' },
  ),
  'mdx.bestandsnaam-hoofdletters': fout(
    (p: { naam: string; voorstel: string }) => `de bestandsnaam "${p.naam}" moet in kleine letters; noem het bestand ${p.voorstel}`,
    { naam: '2025-Q3.mdx', voorstel: '2025-q3.mdx' },
  ),
  'mdx.kwartaal-past-niet': fout(
    (p: { kwartaal: string; bestand: string; verwacht: string }) => `kwartaal ${p.kwartaal} past niet bij de bestandsnaam ${p.bestand} (verwacht ${p.verwacht})`,
    { kwartaal: '2026-Q2', bestand: '2026-q3.mdx', verwacht: '2026-Q3' },
  ),
  'mdx.vastgesteld-vroeg': waarschuwing(
    (p: { datum: string; kwartaal: string }) => `vastgesteld op ${p.datum}, dat is vóór het einde van ${p.kwartaal}; klopt de datum?`,
    { datum: '2026-06-25', kwartaal: '2026-Q2' },
  ),
  'mdx.vastgesteld-na-vandaag': fout(
    (p: { datum: string; vandaag: string }) =>
      `vastgesteld op ${p.datum} ligt na vandaag (${p.vandaag}); zet de datum pas als het bestuurlijk platform de rapportage heeft vastgesteld`,
    { datum: '2026-10-15', vandaag: '2026-10-01' },
  ),
  'mdx.eerder-kwartaal-concept': fout(
    (p: { kwartaal: string; eerder: string; bestand: string }) =>
      `${p.kwartaal} is vastgesteld, maar het eerdere kwartaal ${p.eerder} (${p.bestand}) is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst ${p.eerder} vast of haal de datum bij ${p.kwartaal} weg`,
    { kwartaal: '2026-Q3', eerder: '2026-Q2', bestand: 'content/kwartalen/2026-q2.mdx' },
  ),
  'mdx.vaste-pagina': fout((p: { naam: string }) => `de naam "${p.naam}" is al een vaste pagina van de site; kies een andere bestandsnaam`, { naam: 'methode' }),
  'mdx.onleesbaar': fout(
    (p: { reden: string }) => `MDX kan niet gelezen worden: ${p.reden}`,
    { reden: '<details> wordt nergens gesloten; schrijf </details> erachter, of sluit de tag zelf af met />' },
  ),
  'mdx.accolades': fout(
    (p: { tekst: string }) => `{${p.tekst}}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt`,
    { tekst: 'Deltastad' },
  ),
  'mdx.attribuut-code': fout(
    (p: { element: string; attribuut: string }) => `<${p.element}>: ${p.attribuut}={…} is code; schrijf een vaste waarde tussen aanhalingstekens: ${p.attribuut}="…"`,
    { element: 'div', attribuut: 'title' },
  ),
  'mdx.attributen-code': fout(
    (p: { element: string; tekst: string }) => `<${p.element}>: {${p.tekst}} tussen de attributen is code; schrijf alleen attributen als naam="waarde"`,
    { element: 'DoelStatus', tekst: '...gegevens' },
  ),
  'mdx.onbekend-attribuut': fout(
    (p: { component: string; attribuut: string; bekend: string }) => `<${p.component}>: onbekend attribuut "${p.attribuut}"; <${p.component}> kent alleen ${p.bekend}="…"`,
    { component: 'IndicatorGrafiek', attribuut: 'hoogte', bekend: 'indicator' },
  ),
  'mdx.html-element': fout(
    (p: { element: string; tip?: string | undefined }) => `HTML-element <${p.element}> is niet toegestaan in MDX${p.tip ? ` (${p.tip})` : ''}; zie docs/mdx.md voor wat wel kan`,
    { element: 'img', tip: 'schrijf een afbeelding als ![beschrijving](./foto.jpg)' },
  ),
  'mdx.html-attribuut': fout(
    (p: { element: string; attribuut: string; toegestaan: readonly string[] }) =>
      `<${p.element}>: attribuut "${p.attribuut}" is niet toegestaan (bij <${p.element}> kan: ${p.toegestaan.join(', ')})`,
    { element: 'span', attribuut: 'onclick', toegestaan: ['title', 'lang'] },
  ),
  'mdx.fragment': fout(() => '<>…</> (een element zonder naam) wordt niet ondersteund; laat <> en </> weg'),
  'mdx.adrestype': fout(
    (p: { waar: string; schema: string; toegestaan: readonly string[] }) =>
      `${p.waar}: het adrestype "${p.schema}:" is niet toegestaan; gebruik ${p.toegestaan.join(', ')} of een pad zonder adrestype`,
    { waar: 'link "javascript:alert(1)"', schema: 'javascript', toegestaan: ['https://', 'http://', 'mailto:', 'tel:'] },
  ),
  'mdx.import-export': fout(() => 'import en export worden niet ondersteund; <DoelStatus> en <IndicatorGrafiek> zijn al beschikbaar zonder import'),
  'mdx.alinea-als-code': fout(
    (p: { woord: string }) =>
      `een alinea die begint met het woord "${p.woord}" leest MDX als code; begin de zin met een hoofdletter ("${p.woord[0].toUpperCase()}${p.woord.slice(1)} ...") of met een ander woord`,
    { woord: 'import' },
  ),
  'mdx.afbeelding-bestaat-niet': fout(
    (p: { pad: string; naast: string }) => `afbeelding "${p.pad}" bestaat niet (zet het bestand naast ${p.naast} of pas het pad aan)`,
    { pad: './team.jpg', naast: 'loket.mdx' },
  ),
  'mdx.afbeelding-niet-uit-regiomap': fout(
    (p: { pad: string; voorbeeld?: string | undefined }) =>
      `afbeelding "${p.pad}": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../${p.voorbeeld ? `, zoals ./${p.voorbeeld}` : ', zoals ./foto.jpg; een afbeelding van internet kan niet'}`,
    { pad: 'team.jpg', voorbeeld: 'team.jpg' },
  ),
  'mdx.afbeelding-buiten-regiomap': fout((p: { pad: string }) => `afbeelding "${p.pad}" ligt buiten de regiomap; zet de afbeelding in de map content`, { pad: '../../../foto.jpg' }),
  'mdx.afbeelding-vraagteken': fout((p: { pad: string }) => `afbeelding "${p.pad}": een pad met ? of # kan niet; noem alleen het bestand`, { pad: './team.jpg?v=2' }),
  'mdx.afbeelding-procentcode': fout((p: { pad: string }) => `afbeelding "${p.pad}": het pad bevat een ongeldige %-code`, { pad: './team%E0.jpg' }),
  'mdx.afbeelding-map': fout((p: { pad: string }) => `afbeelding "${p.pad}" is een map, geen bestand`, { pad: './team.jpg' }),
  'mdx.afbeelding-svg': fout(
    (p: { pad: string }) => `afbeelding "${p.pad}": SVG kan niet (een SVG-bestand kan programmacode bevatten); sla de afbeelding op als PNG`,
    { pad: './logo.svg' },
  ),
  'mdx.afbeelding-bestandstype': fout(
    (p: { pad: string; extensie: string; toegestaan: readonly string[] }) => `afbeelding "${p.pad}": bestandstype ${p.extensie} kan niet; gebruik ${p.toegestaan.join(', ')}`,
    { pad: './team.bmp', extensie: '.bmp', toegestaan: ['.png', '.jpg'] },
  ),
  'mdx.afbeelding-ander-formaat': fout(
    (p: { pad: string; formaat: string; echt?: string | undefined; extensie?: string | undefined }) =>
      p.echt
        ? `afbeelding "${p.pad}" is geen ${p.formaat}-bestand maar ${p.echt}; geef het bestand de extensie ${p.extensie}`
        : `afbeelding "${p.pad}" is geen ${p.formaat}-bestand: de inhoud is geen afbeelding; sla de afbeelding opnieuw op als ${p.formaat}`,
    { pad: './team.png', formaat: 'PNG', echt: 'JPEG', extensie: '.jpg' },
  ),
  'mdx.afbeelding-beschadigd': fout(
    (p: { pad: string; formaat: string }) =>
      `afbeelding "${p.pad}": het bestand begint als ${p.formaat}, maar de afbeelding is onleesbaar of beschadigd; sla de afbeelding opnieuw op als ${p.formaat}`,
    { pad: './schema.png', formaat: 'PNG' },
  ),
  'mdx.onderdeel': fout((p: { soort: string }) => `dit onderdeel (${p.soort}) wordt niet ondersteund in MDX; schrijf gewone tekst of Markdown`, { soort: 'html' }),
  'mdx.onbekend-component': fout(
    (p: { naam: string; beschikbaar: string }) => `onbekend component <${p.naam}>; beschikbaar zijn ${p.beschikbaar}`,
    { naam: 'Grafiek', beschikbaar: '<DoelStatus doel="…" /> en <IndicatorGrafiek indicator="…" />' },
  ),
  'mdx.attribuut-ontbreekt': fout((p: { component: string; attribuut: string }) => `<${p.component}> mist het attribuut ${p.attribuut}="…"`, { component: 'DoelStatus', attribuut: 'doel' }),
};

export const MDX_DOCS: Hoofdstuk = {
  letter: 'E',
  titel: 'MDX-bestanden',
  inleiding: `Deze meldingen gaan over de bestanden in \`content\`. De meldingen over velden (frontmatter) komen ook
voor in \`regio.yaml\`, want dat bestand volgt dezelfde schrijfregels (YAML).

`,
  koppen: [
    {
      kop: `het bestand begint niet met frontmatter tussen twee regels "---"`,
      codes: ['mdx.geen-frontmatter'],
      tekst: `\`\`\`
content/paginas/loket.mdx:1: het bestand begint niet met frontmatter tussen twee regels "---"
content/paginas/loket.mdx:1: verplicht veld "titel" ontbreekt
\`\`\`

De eerste regel van elk MDX-bestand is \`---\`. Daarna volgen de velden en dan weer een regel \`---\`. Let
op: er mag niets vóór de eerste \`---\` staan, ook geen lege regel. Na deze melding volgen meestal ook
meldingen dat verplichte velden ontbreken; die verdwijnen als de frontmatter er weer staat.

`,
    },
    {
      kop: `de frontmatter wordt niet gesloten`,
      codes: ['mdx.frontmatter-niet-gesloten'],
      tekst: `\`\`\`
content/paginas/loket.mdx:1: de frontmatter wordt niet gesloten: zet na het laatste veld een regel met alleen "---"
\`\`\`

Het bestand begint met \`---\`, maar er komt geen tweede regel met alleen \`---\` na de velden. De monitor
weet dan niet waar de velden ophouden en de tekst begint. Zet een regel \`---\` na het laatste veld.

`,
    },
    {
      kop: `de frontmatter moet beginnen en eindigen met een regel met alleen "---"`,
      codes: ['mdx.frontmatter-grens'],
      tekst: `\`\`\`
content/paginas/loket.mdx:4: de frontmatter moet beginnen en eindigen met een regel met alleen "---"; deze regel begint met --- en is het einde van de frontmatter
\`\`\`

De frontmatter eindigt bij de eerste regel die met \`---\` (of \`+++\`) begint. Op die regel staat nog
iets anders, zoals \`----\` of \`--- einde\`. Alles daarna zou als tekst van de pagina gelezen worden.
Zet op de eerste en de laatste regel van de frontmatter alleen \`---\`.

`,
    },
    {
      kop: `veld "layout" kan niet`,
      codes: ['mdx.veld-layout', 'mdx.yaml-samenvoegen'],
      tekst: `\`\`\`
content/paginas/loket.mdx:3: veld "layout" kan niet: de monitor bepaalt zelf de opmaak, en een layout is programmacode; haal de regel weg
content/paginas/loket.mdx:3: "<<" (samenvoegen in YAML) kan niet in de frontmatter; schrijf elk veld zelf uit
\`\`\`

Met \`layout\` zou MDX een programma laden en uitvoeren als opmaak van de pagina. De opmaak komt van de
monitor zelf: haal de regel weg. \`<<\` voegt in YAML velden van elders samen; schrijf de velden uit.

`,
    },
    {
      kop: `geen geldige YAML (...)`,
      codes: ['mdx.geen-yaml'],
      tekst: `\`\`\`
content/kwartalen/2026-q3.mdx:4: geen geldige YAML (Nested mappings are not allowed in compact mappings); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens
content/kwartalen/2026-q3.mdx:3: geen geldige YAML (Unexpected scalar at node end); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens
content/kwartalen/2026-q3.mdx:5: geen geldige YAML (Implicit map keys need to be followed by map values); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens
content/kwartalen/2026-q3.mdx:3: geen geldige YAML (Implicit keys need to be on a single line); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens
data/regio.yaml:15: geen geldige YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); zet tekst met een dubbele punt (:) of # tussen aanhalingstekens
\`\`\`

De frontmatter (of \`regio.yaml\`) volgt de schrijfregels niet. De uitleg tussen haakjes is in het
Engels. De tip aan het eind staat bij elke YAML-fout, ook als de oorzaak een andere is. Dit zijn de
meest voorkomende oorzaken:

| Engelse tekst | Wat er meestal mis is | Oplossing |
|---|---|---|
| *Nested mappings are not allowed in compact mappings* | Een dubbele punt met een spatie in de waarde: \`samenvatting: Concept: voor oktober.\` | Zet de waarde tussen aanhalingstekens: \`samenvatting: "Concept: voor oktober."\` |
| *Unexpected scalar at node end* | De waarde begint met een aanhalingsteken, maar gaat daarna verder: \`titel: "Voortgang" derde kwartaal\` | Zet de hele waarde tussen enkele aanhalingstekens: \`titel: '"Voortgang" derde kwartaal'\` |
| *Implicit map keys need to be followed by map values* | Een waarde loopt door op de volgende regel, bijvoorbeeld na plakken uit Word. | Zet de hele waarde op één regel. |
| *Implicit keys need to be on a single line* | Na de dubbele punt ontbreekt de spatie (\`titel:Voortgang\`), of een regel begint met spaties terwijl dat niet hoort. | Schrijf \`titel: Voortgang\`, met een spatie na de dubbele punt en zonder spaties vóór het veld. |
| *... must be sufficiently indented and end with a ]* | Een lijst tussen blokhaken is niet gesloten: \`sectoren: [vo, mbo\` | Sluit af met \`]\`. |

Kan de frontmatter van een MDX-bestand niet gelezen worden, dan meldt de monitor alleen deze fout. Kan
\`regio.yaml\` niet gelezen worden, dan kent de monitor ook uw \`extra_themas\` niet. U krijgt dan
mogelijk ook meldingen als \`thema "zij-instroom" bestaat niet\` in \`doelen.csv\`. Die verdwijnen als u
de YAML herstelt.

`,
    },
    {
      kop: `veld "..." staat twee keer`,
      codes: ['mdx.veld-dubbel'],
      tekst: `\`\`\`
content/lijnen/werven.mdx:4: veld "titel" staat twee keer in hetzelfde blok (ook op regel 2); verwijder er één
content/kwartalen/2025-q4.mdx:5: veld "titel" staat twee keer in het bestand (ook op regel 3); verwijder er één
\`\`\`

Een veld mag maar één keer voorkomen; anders is niet duidelijk welke waarde geldt. De tweede vorm
verschijnt als de twee alleen in hoofdletters verschillen (\`Titel\` en \`titel\`): voor de monitor is dat
hetzelfde veld. Het regelnummer wijst naar de tweede keer. Verwijder een van de twee.

`,
    },
    {
      kop: `YAML-verwijzingen (&... en *...) worden niet ondersteund`,
      codes: ['mdx.yaml-verwijzing'],
      tekst: `\`\`\`
data/regio.yaml:1: YAML-verwijzingen (&regio en *regio) worden niet ondersteund; schrijf de waarde voluit
data/regio.yaml:2: YAML-verwijzingen (&regio en *regio) worden niet ondersteund; schrijf de waarde voluit
\`\`\`

YAML kan een waarde een naam geven (\`naam: &regio Onderwijsregio Noord\`) en die elders herhalen
(\`kortenaam: *regio\`). De bouw van de site leest zulke verwijzingen anders dan de controle, en een
kwaadwillig bestand kan er de bouw mee laten vastlopen. Schrijf de waarde op elke plek voluit.

`,
    },
    {
      kop: `YAML-label ... wordt niet ondersteund`,
      codes: ['mdx.yaml-label'],
      tekst: `\`\`\`
content/lijnen/behouden.mdx:2: YAML-label !belangrijk wordt niet ondersteund; zet de tekst tussen aanhalingstekens als het ! erbij hoort
\`\`\`

Een waarde die met \`!\` begint, leest YAML als een label, niet als tekst. De bouw van de site weigert
zo'n label. Bedoelt u het uitroepteken als tekst, schrijf dan \`titel: "!belangrijk Behouden"\`.

`,
    },
    {
      kop: `deze regel heeft een waarde maar geen veldnaam`,
      codes: ['mdx.waarde-zonder-veld'],
      tekst: `\`\`\`
content/paginas/over.mdx:3: deze regel heeft een waarde maar geen veldnaam; schrijf "veld: waarde"
\`\`\`

De regel begint met een dubbele punt. Zet de veldnaam ervoor, of verwijder de regel.

`,
    },
    {
      kop: `er staat een regel "---" midden in het bestand`,
      codes: ['mdx.tweede-document'],
      tekst: `\`\`\`
data/regio.yaml:7: er staat een regel "---" midden in het bestand; YAML leest dat als het begin van een tweede document. Verwijder die regel
\`\`\`

In \`regio.yaml\` hoort geen regel \`---\`: YAML begint daar een nieuw document. Verwijder de regel.

`,
    },
    {
      kop: `verwacht regels in de vorm "veld: waarde"`,
      codes: ['mdx.geen-velden'],
      tekst: `\`\`\`
data/regio.yaml:1: verwacht regels in de vorm "veld: waarde"
\`\`\`

Het bestand of de frontmatter bevat iets anders dan velden, bijvoorbeeld alleen een zin zonder
veldnaam, of een lijst met streepjes zonder veldnaam. Schrijf elk gegeven als \`veld: waarde\`.

`,
    },
    {
      kop: `alles vanaf # is in YAML commentaar en valt weg (waarschuwing)`,
      codes: ['mdx.commentaar-in-waarde'],
      tekst: `\`\`\`
data/regio.yaml:16: waarschuwing: veld "accentkleur": alles vanaf # is in YAML commentaar en valt weg (het veld is nu leeg); zet de waarde tussen aanhalingstekens, bijvoorbeeld accentkleur: "#1f5f8b"
content/lijnen/anders-organiseren.mdx:2: waarschuwing: veld "titel": alles vanaf # is in YAML commentaar en valt weg (gelezen als "Lijn"); zet de waarde tussen aanhalingstekens, bijvoorbeeld titel: "Lijn #4 anders organiseren"
\`\`\`

In \`regio.yaml\` en in de frontmatter is een \`#\` met een spatie ervoor (of direct na de dubbele punt)
het begin van een opmerking. Alles daarna leest de monitor niet. Zo wordt \`accentkleur: #1f5f8b\` een
leeg veld, en \`titel: Lijn #4 anders organiseren\` wordt alleen \`Lijn\`. Neem het voorbeeld uit de
melding over: zet de hele waarde tussen aanhalingstekens. Bedoelt u echt een opmerking? Zet die dan
op een eigen regel die met \`#\` begint; daarover krijgt u geen melding.

`,
    },
    {
      kop: `verplicht veld "..." ontbreekt`,
      codes: ['mdx.verplicht-veld'],
      tekst: `\`\`\`
content/lijnen/anders-organiseren.mdx:1: verplicht veld "titel" ontbreekt
content/kwartalen/2026-q3.mdx:1: verplicht veld "samenvatting" ontbreekt
content/paginas/loket.mdx:1: verplicht veld "titel" ontbreekt
data/regio.yaml:1: verplicht veld "naam" ontbreekt
data/regio.yaml:1: verplicht veld "sectoren" ontbreekt
data/regio.yaml:1: verplicht veld "regeling" ontbreekt
\`\`\`

Dit veld moet er zijn. De verplichte velden staan in [Gegevens aanleveren](gegevens.md): bij een lijn
\`titel\`, \`volgorde\` en \`samenvatting\`; bij een kwartaal \`kwartaal\` en \`samenvatting\`; bij een extra
pagina \`titel\`; in \`regio.yaml\` \`naam\`, \`sectoren\` en \`regeling\`. Krijgt u alle drie de meldingen over
\`regio.yaml\` tegelijk? Dan is het bestand waarschijnlijk leeg, of staat er alleen een opmerking in.

`,
    },
    {
      kop: `veld "..." is leeg; dit veld is verplicht`,
      codes: ['mdx.veld-leeg'],
      tekst: `\`\`\`
content/lijnen/anders-organiseren.mdx:5: veld "samenvatting" is leeg; dit veld is verplicht
\`\`\`

Het veld staat er wel, maar zonder waarde. Vul het in. Staat er wel iets achter de dubbele punt, maar
begint dat met \`#\`? Lees dan [alles vanaf # is in YAML commentaar](#alles-vanaf--is-in-yaml-commentaar-en-valt-weg-waarschuwing).

`,
    },
    {
      kop: `veld "..." moet een tekst zijn`,
      codes: ['mdx.veld-geen-tekst'],
      tekst: `\`\`\`
content/lijnen/anders-organiseren.mdx:2: veld "titel" moet een tekst zijn
data/regio.yaml:3: veld "kortenaam" moet een tekst zijn
\`\`\`

In dit veld hoort één tekst, geen lijst. Zet de tekst op dezelfde regel als de veldnaam:
\`titel: Anders organiseren\`, niet op de regel eronder met een streepje ervoor.

`,
    },
    {
      kop: `veld "..." moet één waarde zijn, geen lijst of blok`,
      codes: ['mdx.veld-geen-enkele-waarde'],
      tekst: `\`\`\`
content/lijnen/anders-organiseren.mdx:3: veld "volgorde" moet één waarde zijn, geen lijst of blok
data/regio.yaml:9: veld "tolerantie" moet één waarde zijn, geen lijst of blok
\`\`\`

Hetzelfde voor een getal, kwartaal, datum of vast woord: zet de waarde op dezelfde regel als de
veldnaam (\`volgorde: 2\`), zonder streepje of velden eronder.

`,
    },
    {
      kop: `veld "..." moet een lijst zijn`,
      codes: ['mdx.veld-geen-lijst'],
      tekst: `\`\`\`
data/regio.yaml:3: veld "sectoren" moet een lijst zijn
\`\`\`

Onder dit veld staan velden (\`vo: ja\`) in plaats van een lijst. Schrijf \`sectoren: [vo, mbo]\` of de
onderdelen onder elkaar met een streepje ervoor.

`,
    },
    {
      kop: `"..." is geen waarde; dit veld is verplicht`,
      codes: ['mdx.veld-geen-waarde'],
      tekst: `\`\`\`
content/kwartalen/2026-q2.mdx:2: veld "kwartaal": "n.v.t." is geen waarde; dit veld is verplicht
\`\`\`

\`n.v.t.\`, \`onbekend\` en \`-\` betekenen in de frontmatter en in \`regio.yaml\` net als in een CSV-cel
"geen waarde". Vul in een verplicht veld een echte waarde in.

`,
    },
    {
      kop: `onbekend veld "..." wordt genegeerd (waarschuwing)`,
      codes: ['mdx.onbekend-veld'],
      tekst: `\`\`\`
content/lijnen/solidaire-arbeidsmarkt.mdx:6: waarschuwing: onbekend veld "portefeuilehouder" wordt genegeerd (bekende velden: titel, volgorde, soort, samenvatting, portefeuillehouder, projectleider, programmamanager)
data/regio.yaml:22: waarschuwing: onbekend veld "kleur" wordt genegeerd (bekende velden: naam, kortenaam, sectoren, regeling, penvoerder, site, contact, huidig_kwartaal, tolerantie, kleine_aantallen, licentie, extra_themas, accentkleur, toegankelijkheid)
\`\`\`

De monitor kent dit veld niet. Meestal een spelfout (hier \`portefeuilehouder\` met één \`l\`). De melding
noemt de velden die wel bestaan.

`,
    },
    {
      kop: `er is geen enkele ontwikkellijn`,
      codes: ['mdx.geen-lijnen'],
      tekst: `\`\`\`
content/lijnen/: er is geen enkele ontwikkellijn: maak per lijn een bestand content/lijnen/<lijn>.mdx
\`\`\`

Een regio heeft minstens één lijn. Maak voor elke lijn een MDX-bestand in \`content/lijnen/\`. Zolang dat
ontbreekt, volgen er meldingen dat lijnen niet bestaan.

`,
    },
    {
      kop: `er zijn ... lijnen; een regio heeft er hoogstens 8`,
      codes: ['mdx.te-veel-lijnen'],
      tekst: `\`\`\`
content/lijnen/: er zijn 9 lijnen; een regio heeft er hoogstens 8
\`\`\`

Een regio heeft hoogstens acht ontwikkellijnen. Voeg lijnen samen, of verwijder bestanden die geen lijn
zijn uit \`content/lijnen/\`.

`,
    },
    {
      kop: `de bestandsnaam "..." is geen geldige id; noem het bestand ...`,
      codes: ['mdx.bestandsnaam-geen-id'],
      tekst: `\`\`\`
content/lijnen/Anders Organiseren.mdx:1: de bestandsnaam "Anders Organiseren" is geen geldige id; noem het bestand anders-organiseren.mdx
content/paginas/Over Ons.mdx:1: de bestandsnaam "Over Ons" is geen geldige id; noem het bestand over-ons.mdx
\`\`\`

De bestandsnaam van een lijn of extra pagina is ook de id en het webadres. Hernoem het bestand zoals de
melding voorstelt. Bij een lijn volgen er meestal ook meldingen als \`lijn "anders-organiseren" bestaat
niet\` in de CSV-bestanden; die verdwijnen als het bestand de goede naam heeft.

`,
    },
    {
      kop: `de extensie moet .mdx zijn, in kleine letters`,
      codes: ['mdx.extensie'],
      tekst: `\`\`\`
content/lijnen/werven.MDX:1: de extensie moet .mdx zijn, in kleine letters; noem het bestand werven.mdx
\`\`\`

Hernoem het bestand zoals de melding voorstelt. Met \`.MDX\` zou de bouw het bestand niet als MDX lezen.

`,
    },
    {
      kop: `heeft dezelfde naam als ..., op hoofdletters na`,
      codes: ['mdx.zelfde-naam'],
      tekst: `\`\`\`
content/kwartalen/2025-Q4.mdx:1: heeft dezelfde naam als content/kwartalen/2025-q4.mdx, op hoofdletters na; dat is voor Windows en macOS hetzelfde bestand en de site kan er maar één tonen. Verwijder er één
\`\`\`

Twee bestanden hebben dezelfde naam, alleen de hoofdletters verschillen. Op de site zou één van beide
stilletjes winnen (en een kwartaal twee keer in de RSS-feed staan). Houd het bestand met kleine letters
en verwijder het andere, nadat u de tekst die u wilt bewaren hebt overgenomen.

`,
    },
    {
      kop: `de bestandsnaam is ... tekens lang (zonder .mdx)`,
      codes: ['mdx.bestandsnaam-te-lang'],
      tekst: `\`\`\`
content/paginas/over-het-programmabureau-en-de-mensen-die-er-werken-in-de-regio-noord.mdx:1: de bestandsnaam is 69 tekens lang (zonder .mdx); hoogstens 64 tekens, want de naam wordt een webadres en een bestandsnaam op de site
\`\`\`

De naam van een lijn- of paginabestand is ook de id en het webadres, en heeft dus hoogstens 64 tekens.
Kies een kortere naam (bij een lijn: pas ook de verwijzingen in de CSV-bestanden aan).

`,
    },
    {
      kop: `volgorde ... heeft ook lijn "..." (waarschuwing)`,
      codes: ['mdx.volgorde-dubbel'],
      tekst: `\`\`\`
content/lijnen/solidaire-arbeidsmarkt.mdx:3: waarschuwing: veld "volgorde": volgorde 1 heeft ook lijn "anders-organiseren"; de volgorde op de site is dan willekeurig
\`\`\`

Twee lijnen hebben hetzelfde volgnummer. Geef elke lijn een eigen nummer: 1, 2, 3 ...

`,
    },
    {
      kop: `de bestandsnaam "....mdx" is geen kwartaal`,
      codes: ['mdx.bestandsnaam-geen-kwartaal'],
      tekst: `\`\`\`
content/kwartalen/Q3 2026.mdx:1: de bestandsnaam "Q3 2026.mdx" is geen kwartaal; noem het bestand zoals 2025-q3.mdx
content/kwartalen/2026-q5.mdx:1: de bestandsnaam "2026-q5.mdx" is geen kwartaal; noem het bestand zoals 2025-q3.mdx
\`\`\`

Een kwartaalbestand heet altijd \`jaar-qnummer.mdx\`, bij voorkeur met kleine letters: \`2026-q4.mdx\`.
Andere schrijfwijzen, zoals in \`metingen.csv\`, werken hier niet.

`,
    },
    {
      kop: `de bestandsnaam "....mdx" moet in kleine letters`,
      codes: ['mdx.bestandsnaam-hoofdletters'],
      tekst: `\`\`\`
content/kwartalen/2025-Q3.mdx:1: de bestandsnaam "2025-Q3.mdx" moet in kleine letters; noem het bestand 2025-q3.mdx
\`\`\`

Het webadres van een kwartaal is \`/kwartalen/2025-q3/\`; het bestand heet net zo. Hernoem het.

`,
    },
    {
      kop: `kwartaal ... past niet bij de bestandsnaam ...`,
      codes: ['mdx.kwartaal-past-niet'],
      tekst: `\`\`\`
content/kwartalen/2026-q3.mdx:2: veld "kwartaal": kwartaal 2026-Q2 past niet bij de bestandsnaam 2026-q3.mdx (verwacht 2026-Q3)
\`\`\`

Het veld \`kwartaal\` en de bestandsnaam noemen een ander kwartaal. Dit gebeurt vaak als u het bestand van
het vorige kwartaal kopieert. Maak ze gelijk.

`,
    },
    {
      kop: `vastgesteld op ..., dat is vóór het einde van ...; klopt de datum? (waarschuwing)`,
      codes: ['mdx.vastgesteld-vroeg'],
      tekst: `\`\`\`
content/kwartalen/2026-q2.mdx:5: waarschuwing: veld "vastgesteld": vastgesteld op 2026-06-25, dat is vóór het einde van 2026-Q2; klopt de datum?
\`\`\`

Een kwartaalrapportage wordt vastgesteld **na** afloop van het kwartaal. Deze datum ligt in het
kwartaal zelf of nog eerder. Vaak is de datum van het vorige kwartaal blijven staan na kopiëren, of
is het jaartal verkeerd. Controleer de datum van de vergadering van het bestuurlijk platform. Klopt de
datum toch (bijvoorbeeld bij een vervroegde vergadering), dan kunt u de waarschuwing laten staan.

`,
    },
    {
      kop: `vastgesteld op ... ligt na vandaag`,
      codes: ['mdx.vastgesteld-na-vandaag'],
      tekst: `\`\`\`
content/kwartalen/2026-q3.mdx:4: veld "vastgesteld": vastgesteld op 2026-10-15 ligt na vandaag (2026-10-01); zet de datum pas als het bestuurlijk platform de rapportage heeft vastgesteld
\`\`\`

Een datum in de toekomst zou de rapportage nu al publiceren, vóór de vergadering. Haal de datum weg
tot het bestuurlijk platform de rapportage echt heeft vastgesteld. De monitor rekent met de datum van
vandaag in Nederland.

`,
    },
    {
      kop: `... is vastgesteld, maar het eerdere kwartaal ... is nog een concept`,
      codes: ['mdx.eerder-kwartaal-concept'],
      tekst: `\`\`\`
content/kwartalen/2026-q3.mdx:4: 2026-Q3 is vastgesteld, maar het eerdere kwartaal 2026-Q2 (content/kwartalen/2026-q2.mdx) is nog een concept; kwartalen worden op volgorde vastgesteld: stel eerst 2026-Q2 vast of haal de datum bij 2026-Q3 weg
\`\`\`

Kwartalen worden op volgorde vastgesteld. Zou een later kwartaal verschijnen terwijl een eerder nog
concept is, dan kwamen de metingen, beoordelingen en uitgaven van dat concept mee naar buiten. Stel het
eerdere kwartaal eerst vast (zet de datum erbij), of haal de datum bij het latere kwartaal weg.

`,
    },
    {
      kop: `de naam "..." is al een vaste pagina van de site`,
      codes: ['mdx.vaste-pagina'],
      tekst: `\`\`\`
content/paginas/methode.mdx:1: de naam "methode" is al een vaste pagina van de site; kies een andere bestandsnaam
\`\`\`

Een extra pagina mag niet dezelfde naam hebben als een pagina die de site zelf al heeft. Kies een
andere bestandsnaam, bijvoorbeeld \`werkwijze.mdx\`. De gereserveerde namen staan in
[Extra pagina's](gegevens.md#extra-paginas-contentpaginasnaammdx-niet-verplicht).

`,
    },
    {
      kop: `MDX kan niet gelezen worden: ...`,
      codes: ['mdx.onleesbaar'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: MDX kan niet gelezen worden: dit < begint geen geldige tag: schrijf < als &lt; in gewone tekst, en in een tag elk attribuut als naam="waarde"
content/paginas/loket.mdx:7: MDX kan niet gelezen worden: <abbr> wordt niet gesloten in dezelfde alinea; schrijf </abbr> voor het einde van de alinea, of sluit de tag zelf af met />
content/paginas/loket.mdx:9: MDX kan niet gelezen worden: <details> wordt nergens gesloten; schrijf </details> erachter, of sluit de tag zelf af met />
content/paginas/loket.mdx:11: MDX kan niet gelezen worden: </summary> staat waar </details> moet staan: <details> op regel 7 is nog open
content/paginas/loket.mdx:9: MDX kan niet gelezen worden: </details> sluit een tag die niet geopend is; haal </details> weg of zet <details> ervoor
content/paginas/loket.mdx:7: MDX kan niet gelezen worden: HTML-commentaar (<!-- … -->) kan niet in MDX; schrijf commentaar als {/* … */}, of < als &lt; in gewone tekst
content/paginas/loket.mdx:7: MDX kan niet gelezen worden: { wordt nergens gesloten met }; schrijf \\{ als u de accolade als tekst bedoelt
content/paginas/loket.mdx:7: MDX kan niet gelezen worden: tekst tussen accolades is in MDX code, en deze code is onleesbaar; schrijf \\{ en \\} als u de accolades als tekst bedoelt
\`\`\`

Uw tekst bevat iets wat MDX als opdracht leest. De controle leest de tekst met dezelfde MDX-lezer
(Sätteri) waarmee de site gebouwd wordt: wat de controle goedkeurt, kan de site ook tonen. De oorzaak is
bijna altijd een van deze:

| Melding | Oorzaak | Oplossing |
|---|---|---|
| *dit < begint geen geldige tag* | \`<\` gevolgd door een cijfer of spatie, zoals \`<5 starters\`; of een tag met een attribuut zonder aanhalingstekens (\`title=OR\`), zonder waarde (\`title=\`) of met maar één aanhalingsteken | Schrijf \`&lt;5\` of "minder dan 5"; schrijf attributen als \`title="OR"\`. |
| *wordt niet gesloten in dezelfde alinea* | Een HTML-element dat in de alinea niet gesloten is, zoals \`<br>\` | Schrijf \`<br />\`, of zet de sluittag (\`</abbr>\`) in dezelfde alinea. |
| *wordt nergens gesloten* | Een bouwsteen zonder \`/>\` aan het eind, of een blok (\`<details>\`) zonder sluittag | Schrijf \`<DoelStatus doel="..." />\`, of zet \`</details>\` na het blok. |
| *staat waar ... moet staan* | Twee tags door elkaar, of een sluittag met een tikfout | Sluit eerst de tag die als laatste geopend is. |
| *sluit een tag die niet geopend is* | Een sluittag zonder begintag | Haal de sluittag weg. |
| *HTML-commentaar* | Een HTML-opmerking \`<!-- ... -->\` | Verwijder hem, of schrijf \`{/* ... */}\`. |
| *{ wordt nergens gesloten* | Een \`{\` zonder \`}\` | Schrijf \`\\{\`. |
| *tekst tussen accolades is in MDX code, en deze code is onleesbaar* | Meer woorden tussen accolades: \`{groeit hard}\` | Schrijf \`\\{\` en \`\\}\`, of laat de accolades weg. |

Het regelnummer wijst naar de regel waar MDX vastliep: bij een bouwsteen zonder \`/>\` is dat de regel
met die bouwsteen. Een zeldzame andere fout meldt de monitor met de Engelse woorden van de MDX-lezer,
gevolgd door \`(tip: schrijf < als &lt; en { als \\{ in gewone tekst)\`.

Een MDX-bestand met zo'n fout leest de monitor niet verder. Na het oplossen kan er dus nog een fout
verderop in hetzelfde bestand komen.

`,
    },
    {
      kop: `{...}: tekst tussen accolades is in MDX code`,
      codes: ['mdx.accolades'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: {Deltastad}: tekst tussen accolades is in MDX code; schrijf \\{ en \\} als u de accolades als tekst bedoelt
\`\`\`

In MDX is tekst tussen accolades \`{ }\` een stukje programmacode. Dat staat de monitor niet toe. Meestal
bedoelt u gewone accolades. Schrijf dan \`\\{Deltastad\\}\`, of laat de accolades weg. Is de tekst tussen
de accolades lang, dan toont de melding alleen het begin, met \`…\` erachter.

Een opmerking die niet op de site mag komen, schrijft u als \`{/* nog aanvullen */}\`. Dat mag wel.
Maar alleen als er echt niets anders dan opmerking tussen de accolades staat: \`{/* a */ iets /* b */}\`
is programmacode tussen twee opmerkingen en geeft deze fout.

`,
    },
    {
      kop: `&lt;...&gt;: naam={…} is code`,
      codes: ['mdx.attribuut-code'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <div>: title={…} is code; schrijf een vaste waarde tussen aanhalingstekens: title="…"
content/paginas/loket.mdx:9: <DoelStatus>: doel={…} is code; schrijf een vaste waarde tussen aanhalingstekens: doel="…"
\`\`\`

Een waarde tussen accolades is in MDX programmacode, ook in een attribuut. Schrijf de waarde zelf,
tussen aanhalingstekens: \`<DoelStatus doel="meer-zij-instromers" />\`. Staat het attribuut over meer
regels, dan noemt de melding de regel van het attribuut.

`,
    },
    {
      kop: `&lt;...&gt;: {…} tussen de attributen is code`,
      codes: ['mdx.attributen-code'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <DoelStatus>: {...gegevens} tussen de attributen is code; schrijf alleen attributen als naam="waarde"
\`\`\`

\`{...}\` tussen de attributen van een element of bouwsteen is programmacode. Schrijf elk attribuut
uit als \`naam="waarde"\`.

`,
    },
    {
      kop: `&lt;...&gt;: onbekend attribuut "..."`,
      codes: ['mdx.onbekend-attribuut'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <IndicatorGrafiek>: onbekend attribuut "hoogte"; <IndicatorGrafiek> kent alleen indicator="…"
\`\`\`

De bouwstenen hebben elk één attribuut: \`doel\` bij \`DoelStatus\`, \`indicator\` bij \`IndicatorGrafiek\`.
Laat het andere attribuut weg.

`,
    },
    {
      kop: `HTML-element &lt;...&gt; is niet toegestaan in MDX`,
      codes: ['mdx.html-element'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: HTML-element <script> is niet toegestaan in MDX; zie docs/mdx.md voor wat wel kan
content/paginas/loket.mdx:9: HTML-element <img> is niet toegestaan in MDX (schrijf een afbeelding als ![beschrijving](./foto.jpg)); zie docs/mdx.md voor wat wel kan
content/paginas/loket.mdx:11: HTML-element <h1> is niet toegestaan in MDX (de titel van de pagina is al de grootste kop; gebruik ## of <h2>); zie docs/mdx.md voor wat wel kan
\`\`\`

In MDX mag alleen een korte lijst onschuldige HTML-elementen, zoals \`<abbr>\`, \`<strong>\` en \`<table>\`.
Elementen die iets laden of uitvoeren (\`<script>\`, \`<iframe>\`, \`<style>\`, \`<form>\`, \`<meta>\`,
\`<object>\` ...) kunnen niet. Gebruik Markdown, of een element uit de lijst in
[Wat mag er in een MDX-bestand?](mdx.md#html).

`,
    },
    {
      kop: `&lt;...&gt;: attribuut "..." is niet toegestaan`,
      codes: ['mdx.html-attribuut'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <span>: attribuut "onclick" is niet toegestaan (bij <span> kan: title, lang)
content/paginas/loket.mdx:9: <a>: attribuut "target" is niet toegestaan (bij <a> kan: title, lang, href, hreflang)
\`\`\`

Het element mag, dit attribuut niet. De melding noemt de attributen die wel kunnen. \`style\`, \`class\`,
\`id\` en \`onclick\` (en alle andere \`on...\`) kunnen nooit. Laat het attribuut weg.

`,
    },
    {
      kop: `&lt;&gt;…&lt;/&gt; (een element zonder naam) wordt niet ondersteund`,
      codes: ['mdx.fragment'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <>…</> (een element zonder naam) wordt niet ondersteund; laat <> en </> weg
\`\`\`

Laat \`<>\` en \`</>\` weg; de tekst ertussen kan gewoon blijven staan.

`,
    },
    {
      kop: `het adrestype "...:" is niet toegestaan`,
      codes: ['mdx.adrestype'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: link "javascript:alert(1)": het adrestype "javascript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype
content/paginas/loket.mdx:9: verwijzing [x] "data:text/html,hoi": het adrestype "data:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype
content/paginas/loket.mdx:11: <a href="vbscript:x">: het adrestype "vbscript:" is niet toegestaan; gebruik https://, http://, mailto:, tel: of een pad zonder adrestype
\`\`\`

Een link gaat naar een webadres (\`https://\`, \`http://\`), een e-mailadres (\`mailto:\`), een
telefoonnummer (\`tel:\`) of een pad op de site zelf (\`/loket/\`, \`#kop\`). Andere adrestypen, zoals
\`javascript:\`, kunnen code uitvoeren in de browser van een bezoeker. De monitor herkent ze ook met
hoofdletters, spaties of als HTML-code geschreven; de melding toont het adres zoals MDX het leest.

`,
    },
    {
      kop: `import en export worden niet ondersteund`,
      codes: ['mdx.import-export'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: import en export worden niet ondersteund; <DoelStatus> en <IndicatorGrafiek> zijn al beschikbaar zonder import
\`\`\`

Een regel die begint met \`import\` of \`export\` is in MDX programmacode. Die is niet nodig: de bouwstenen
\`<DoelStatus>\` en \`<IndicatorGrafiek>\` kunt u zo gebruiken. Verwijder de regel.

`,
    },
    {
      kop: `een alinea die begint met het woord "import" leest MDX als code`,
      codes: ['mdx.alinea-als-code'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: een alinea die begint met het woord "import" leest MDX als code; begin de zin met een hoofdletter ("Import ...") of met een ander woord
\`\`\`

MDX leest elke alinea die begint met het woord \`import\` of \`export\` (in kleine letters) als
programmacode, ook als het een gewone zin is. Begin de zin met een hoofdletter (\`Export van gegevens ...\`)
of met een ander woord.

`,
    },
    {
      kop: `afbeelding "..." bestaat niet`,
      codes: ['mdx.afbeelding-bestaat-niet'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team.jpg" bestaat niet (zet het bestand naast loket.mdx of pas het pad aan)
\`\`\`

De tekst toont een afbeelding (\`![Het team van het loket](./team.jpg)\`), maar dat bestand staat niet op
de genoemde plek. Het pad rekent vanaf de map van het MDX-bestand: \`./team.jpg\` betekent "in dezelfde
map als \`loket.mdx\`". Zet de afbeelding daar neer, of verbeter het pad. Controleer ook de spelling en
de extensie (\`.png\`, \`.jpg\`, \`.jpeg\`, \`.gif\`, \`.webp\` of \`.avif\`). Gebruik in de bestandsnaam liefst
alleen kleine letters, cijfers en streepjes.

`,
    },
    {
      kop: `afbeelding "...": gebruik een bestand uit de regiomap`,
      codes: ['mdx.afbeelding-niet-uit-regiomap'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "https://example.org/team.jpg": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./foto.jpg; een afbeelding van internet kan niet
content/paginas/loket.mdx:9: afbeelding "team.jpg": gebruik een bestand uit de regiomap, met een pad vanaf het MDX-bestand dat begint met ./ of ../, zoals ./team.jpg
\`\`\`

Een afbeelding is een bestand in uw regiomap. Een afbeelding van internet kan niet: dan zou elke
bezoeker van de site ook die andere site bezoeken. Sla de afbeelding op in de map van het MDX-bestand
en schrijf \`./\` voor de naam. Ook een afbeelding in het adres zelf (\`data:...\`) kan niet.

`,
    },
    {
      kop: `afbeelding "..." ligt buiten de regiomap`,
      codes: ['mdx.afbeelding-buiten-regiomap'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "../../../foto.jpg" ligt buiten de regiomap; zet de afbeelding in de map content
\`\`\`

Het pad gaat met \`../\` de regiomap uit, of het bestand is een snelkoppeling naar een bestand buiten de
regiomap. De site mag alleen bestanden uit uw regiomap gebruiken. Kopieer de afbeelding naar de map
van het MDX-bestand.

`,
    },
    {
      kop: `afbeelding "...": een pad met ? of # kan niet`,
      codes: ['mdx.afbeelding-vraagteken'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team.jpg?v=2": een pad met ? of # kan niet; noem alleen het bestand
\`\`\`

Schrijf alleen de naam van het bestand, zonder \`?\` of \`#\` erachter.

`,
    },
    {
      kop: `afbeelding "...": het pad bevat een ongeldige %-code`,
      codes: ['mdx.afbeelding-procentcode'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team%E0.jpg": het pad bevat een ongeldige %-code
\`\`\`

Een \`%\` in een pad is het begin van een code (zoals \`%20\` voor een spatie). Geef het bestand een naam
zonder \`%\`, liefst met alleen kleine letters, cijfers en streepjes.

`,
    },
    {
      kop: `afbeelding "..." is een map, geen bestand`,
      codes: ['mdx.afbeelding-map'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team.jpg" is een map, geen bestand
\`\`\`

Op die plek staat een map met die naam. Noem het bestand van de afbeelding zelf.

`,
    },
    {
      kop: `afbeelding "...": SVG kan niet`,
      codes: ['mdx.afbeelding-svg'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./logo.svg": SVG kan niet (een SVG-bestand kan programmacode bevatten); sla de afbeelding op als PNG
\`\`\`

Een SVG-bestand is tekst en kan programmacode bevatten. Daarom neemt de monitor het niet op. Sla het
logo of schema op als PNG (in de meeste tekenprogramma's: *Exporteren als PNG*).

`,
    },
    {
      kop: `afbeelding "...": bestandstype ... kan niet`,
      codes: ['mdx.afbeelding-bestandstype'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team.bmp": bestandstype .bmp kan niet; gebruik .png, .jpg, .jpeg, .gif, .webp, .avif
\`\`\`

Sla de afbeelding op als PNG of JPEG.

`,
    },
    {
      kop: `afbeelding "..." is geen PNG-bestand`,
      codes: ['mdx.afbeelding-ander-formaat'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: afbeelding "./team.png" is geen PNG-bestand maar JPEG; geef het bestand de extensie .jpg
content/paginas/loket.mdx:9: afbeelding "./schema.png" is geen PNG-bestand: de inhoud is geen afbeelding; sla de afbeelding opnieuw op als PNG
\`\`\`

De monitor kijkt naar de inhoud van het bestand, niet alleen naar de naam. Past de extensie niet bij de
inhoud, geef het bestand dan de juiste extensie. Is het helemaal geen afbeelding (bijvoorbeeld een
tekst- of Word-bestand met de naam \`.png\`), sla de afbeelding dan opnieuw op vanuit een
tekenprogramma. Hetzelfde geldt voor JPEG, GIF, WebP en AVIF.

`,
    },
    {
      kop: `afbeelding "...": het bestand begint als PNG, maar de afbeelding is onleesbaar of beschadigd`,
      codes: ['mdx.afbeelding-beschadigd'],
      tekst: `\`\`\`
content/paginas/loket.mdx:9: afbeelding "./schema.png": het bestand begint als PNG, maar de afbeelding is onleesbaar of beschadigd; sla de afbeelding opnieuw op als PNG
\`\`\`

Het bestand lijkt een afbeelding, maar de monitor kan de maat (breedte en hoogte) niet lezen, meestal
omdat het bestand half gekopieerd of beschadigd is. Sla de afbeelding opnieuw op.

`,
    },
    {
      kop: `dit onderdeel (...) wordt niet ondersteund in MDX`,
      codes: ['mdx.onderdeel'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: dit onderdeel (html) wordt niet ondersteund in MDX; schrijf gewone tekst of Markdown
\`\`\`

De MDX-lezer vond iets wat geen tekst, Markdown of toegestane HTML is. Met de huidige MDX-lezer komt
dat niet voor; de melding is er voor het geval een nieuwere versie iets nieuws leest. Schrijf het stuk
als gewone tekst of Markdown.

`,
    },
    {
      kop: `onbekend component &lt;...&gt;`,
      codes: ['mdx.onbekend-component'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: onbekend component <Grafiek>; beschikbaar zijn <DoelStatus doel="…" /> en <IndicatorGrafiek indicator="…" />
\`\`\`

Een woord tussen \`<\` en \`>\` dat met een hoofdletter begint, ziet MDX als bouwsteen. De monitor kent er
twee: \`DoelStatus\` en \`IndicatorGrafiek\`. Verbeter de naam, of schrijf \`&lt;\` als u gewoon het teken \`<\`
bedoelt.

`,
    },
    {
      kop: `&lt;DoelStatus&gt; mist het attribuut doel="…"`,
      codes: ['mdx.attribuut-ontbreekt'],
      tekst: `\`\`\`
content/paginas/loket.mdx:7: <DoelStatus> mist het attribuut doel="…"
\`\`\`

De bouwsteen weet niet welk doel hij moet tonen. Schrijf \`<DoelStatus doel="id-van-het-doel" />\` of
\`<IndicatorGrafiek indicator="id-van-de-indicator" />\`. Let op de naam vóór het \`=\`-teken: \`doel\` bij
\`DoelStatus\`, \`indicator\` bij \`IndicatorGrafiek\`.

`,
    },
  ],
};
