// Messages of group G in docs/foutmeldingen.md: Publiceren, bouwen en voorbeeld.
import { fout, type Hoofdstuk } from './soort.ts';

export const PUBLICEREN = {
  'publiceren.geen-vastgesteld-kwartaal': fout(
    () => 'er is nog geen vastgesteld kwartaal, dus nog niets om te publiceren; zet "vastgesteld: <datum>" in een kwartaalbestand (bekijk concepten met npm run dev)',
  ),
  'publiceren.huidig-kwartaal-concept': fout(
    (p: { kwartaal: string }) =>
      `huidig_kwartaal ${p.kwartaal} is nog niet vastgesteld; zet een datum bij "vastgesteld" in het kwartaalbestand of kies een vastgesteld kwartaal`,
    { kwartaal: '2026-Q3' },
  ),
  'publiceren.geen-kwartaalbestand': fout(() => 'er is nog geen kwartaalbestand; maak content/kwartalen/<jjjj-qN>.mdx aan'),
  'publiceren.monitor-base': fout(
    (p: { pad: string; base: string }) => `het webadres heeft het pad ${p.pad}, maar MONITOR_BASE is ${p.base}; laat MONITOR_BASE weg of maak ze gelijk`,
    { pad: '/monitor/', base: '/anders/' },
  ),
  // Printed by npm run build / npm run dev themselves (no Problem).
  'publiceren.niet-gebouwd': fout((p: { map?: string }) => `De site is niet gebouwd; ${p.map ? `${p.map} is ongewijzigd` : 'er is niets geschreven'}.`, {
    map: 'C:\\Monitor\\onderwijsregio-monitor\\dist',
  }),
  'publiceren.bouwen-mislukt': fout((p: { map?: string }) => `Bouwen is mislukt; ${p.map ? `${p.map} is ongewijzigd` : 'er is niets geschreven'}.`, {
    map: 'C:\\Monitor\\onderwijsregio-monitor\\dist',
  }),
  'publiceren.onderbroken': fout((p: { signaal: string }) => `Onderbroken (${p.signaal}).`, { signaal: 'SIGINT' }),
  'publiceren.build-wacht': fout((p: { wie: string }) => `Er loopt al een build in deze map (${p.wie}); even wachten…`, { wie: 'proces 12345 op laptop-pb, sinds 10:02:11' }),
  'publiceren.build-wachten-gestopt': fout(
    (p: { wie: string; minuten: number; pad: string }) =>
      `Er loopt al een build in deze map (${p.wie}); na ${p.minuten} minuten wachten is gestopt. Loopt die build niet meer, verwijder dan ${p.pad}.`,
    { wie: 'proces 12345 op laptop-pb, sinds 10:02:11', minuten: 15, pad: '…/.astro/bouw.lock' },
  ),
  'publiceren.out-dir-bevat-regiomap': fout(
    (p: { map: string; regio: string }) => `OUT_DIR ${p.map}: deze map bevat de regiomap ${p.regio}; kies een map buiten de regiomap.`,
    { map: 'C:\\Regio\\mijn-regio', regio: 'C:\\Regio\\mijn-regio' },
  ),
  'publiceren.out-dir-in-regiomap': fout(
    (p: { map: string; regio: string }) =>
      `OUT_DIR ${p.map}: deze map ligt in de regiomap ${p.regio}; de site hoort daar niet tussen de gegevens: kies een map buiten de regiomap.`,
    { map: 'C:\\Regio\\mijn-regio\\site', regio: 'C:\\Regio\\mijn-regio' },
  ),
  'publiceren.out-dir-bevat-programma': fout(
    (p: { map: string }) => `OUT_DIR ${p.map}: deze map bevat het programma zelf; kies een eigen map voor de site, bijvoorbeeld dist/.`,
    { map: 'C:\\Monitor' },
  ),
  'publiceren.out-dir-in-programmamap': fout(
    (p: { map: string; toegestaan: string[] }) => `OUT_DIR ${p.map}: deze map ligt in de programmamap; daar mag de site alleen in ${p.toegestaan.join(', ')}.`,
    { map: 'C:\\Monitor\\onderwijsregio-monitor\\src', toegestaan: ['dist', 'dist-…', 'test/output/…', 'bench/output/…'] },
  ),
  'publiceren.out-dir-is-bestand': fout(
    (p: { map: string }) => `OUT_DIR ${p.map}: dit is een bestaand bestand, geen map; de build overschrijft geen bestanden.`,
    { map: 'C:\\Regio\\verslag.docx' },
  ),
  'publiceren.out-dir-vreemde-bestanden': fout(
    (p: { map: string; voorbeelden: string }) =>
      `OUT_DIR ${p.map}: bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd (${p.voorbeelden}); kies een nieuwe of lege map (is het een site van een oudere versie van dit programma, verwijder de map dan zelf).`,
    { map: 'C:\\Regio\\documenten', voorbeelden: 'notulen.docx' },
  ),
  'publiceren.out-dir-gewijzigd': fout(
    (p: { map: string; aantal: number; voorbeelden: string }) =>
      `OUT_DIR ${p.map}: ${p.aantal === 1 ? 'één bestand is' : `${p.aantal} bestanden zijn`} na de vorige build toegevoegd of gewijzigd (${p.voorbeelden}); de build vervangt de hele map en zou ze weggooien: verplaats ze, of kies een andere map.`,
    { map: 'C:\\Regio\\website', aantal: 2, voorbeelden: 'CNAME, index.html' },
  ),
  'publiceren.map-leeg': fout(
    (p: { naam: string }) => `${p.naam} is leeg; noem een map (${p.naam}=../mijn-map) of laat ${p.naam} helemaal weg.`,
    { naam: 'REGIO_DIR' },
  ),
  'publiceren.voorbeeld-start-niet': fout(() => 'Los eerst de fouten op; daarna start het voorbeeld.'),
  'publiceren.regiomap-onleesbaar': fout(
    (p: { reden: string }) => `de regiomap kan niet gelezen worden: ${p.reden}`,
    { reden: "ENOENT: no such file or directory, scandir 'C:\\Regio\\mijn-regio\\data'" },
  ),
};

export const PUBLICEREN_DOCS: Hoofdstuk = {
  letter: 'G',
  titel: 'Publiceren, bouwen en voorbeeld',
  inleiding: ``,
  koppen: [
    {
      kop: `npm run build zal weigeren: ... (waarschuwing)`,
      codes: [],
      tekst: `\`npm run check\` kijkt niet alleen of uw gegevens kloppen, maar ook of \`npm run build\` de site zou
kunnen maken. Wat \`npm run build\` zou weigeren, meldt \`npm run check\` als **waarschuwing** die begint
met \`npm run build zal weigeren:\`. Uw gegevens zijn in orde en het voorbeeld (\`npm run dev\`) werkt,
maar publiceren lukt nog niet. Bij \`npm run build\` is dezelfde melding een **fout**, zonder de woorden
\`npm run build zal weigeren:\`. Het gaat om de twee meldingen hieronder.

`,
    },
    {
      kop: `er is nog geen vastgesteld kwartaal`,
      codes: ['publiceren.geen-vastgesteld-kwartaal'],
      tekst: `Bij \`npm run check\` (waarschuwing):

\`\`\`
content/kwartalen/: waarschuwing: npm run build zal weigeren: er is nog geen vastgesteld kwartaal, dus nog niets om te publiceren; zet "vastgesteld: <datum>" in een kwartaalbestand (bekijk concepten met npm run dev)
\`\`\`

Bij \`npm run build\` (fout):

\`\`\`
content/kwartalen/: er is nog geen vastgesteld kwartaal, dus nog niets om te publiceren; zet "vastgesteld: <datum>" in een kwartaalbestand (bekijk concepten met npm run dev)
\`\`\`

Alle kwartalen zijn nog concept. U kunt ze bekijken met \`npm run dev\`. Zodra het bestuurlijk platform
een rapportage heeft vastgesteld, zet u de datum in dat kwartaalbestand (\`vastgesteld: 2026-10-15\`).
Zie [Het kwartaal, stap voor stap](kwartaal.md).

`,
    },
    {
      kop: `huidig_kwartaal ... is nog niet vastgesteld`,
      codes: ['publiceren.huidig-kwartaal-concept'],
      tekst: `Bij \`npm run check\` (waarschuwing):

\`\`\`
data/regio.yaml:9: waarschuwing: veld "huidig_kwartaal": npm run build zal weigeren: huidig_kwartaal 2026-Q3 is nog niet vastgesteld; zet een datum bij "vastgesteld" in het kwartaalbestand of kies een vastgesteld kwartaal
\`\`\`

Bij \`npm run build\` (fout):

\`\`\`
data/regio.yaml:9: veld "huidig_kwartaal": huidig_kwartaal 2026-Q3 is nog niet vastgesteld; zet een datum bij "vastgesteld" in het kwartaalbestand of kies een vastgesteld kwartaal
\`\`\`

In \`regio.yaml\` staat een \`huidig_kwartaal\` dat nog een concept is. Zet de datum van vaststelling in
het kwartaalbestand, kies een vastgesteld kwartaal, of haal de regel \`huidig_kwartaal\` weg. Deze
melding heeft geen regelnummer; zoek in \`regio.yaml\` naar \`huidig_kwartaal\`.

`,
    },
    {
      kop: `er is nog geen kwartaalbestand`,
      codes: ['publiceren.geen-kwartaalbestand'],
      tekst: `\`\`\`
content/kwartalen/: er is nog geen kwartaalbestand; maak content/kwartalen/<jjjj-qN>.mdx aan
\`\`\`

Er is nog geen enkel kwartaalbestand. Dit is altijd een fout, ook bij \`npm run check\` en
\`npm run dev\`: zonder kwartaal is er niets om te tonen. Maak er een aan, bijvoorbeeld
\`content/kwartalen/2026-q1.mdx\` (zie [Kwartalen](gegevens.md#kwartalen-contentkwartalenjjjj-qnmdx)).

`,
    },
    {
      kop: `De site is niet gebouwd`,
      codes: ['publiceren.niet-gebouwd'],
      tekst: `\`\`\`
De site is niet gebouwd; C:\\Monitor\\onderwijsregio-monitor\\dist is ongewijzigd.
De site is niet gebouwd; er is niets geschreven.
\`\`\`

\`npm run build\` vond fouten (die staan erboven) en heeft niets veranderd. Een eerder gebouwde site staat
er nog precies zo. Los de fouten op en bouw opnieuw.

`,
    },
    {
      kop: `Bouwen is mislukt; ...`,
      codes: ['publiceren.bouwen-mislukt'],
      tekst: `\`\`\`
Bouwen is mislukt; C:\\Monitor\\onderwijsregio-monitor\\dist is ongewijzigd.
Bouwen is mislukt; er is niets geschreven.
\`\`\`

De controle was goed, maar bij het maken van de pagina's ging iets mis. Ook dan blijft een eerder
gebouwde site ongewijzigd. Daarboven staat een technische melding, meestal in het Engels. Probeer het
nog een keer. Lukt het weer niet, stuur dan de hele uitvoer naar wie de monitor voor u beheert.

`,
    },
    {
      kop: `Zoekindex maken is mislukt`,
      codes: [],
      tekst: `\`\`\`
Zoekindex maken is mislukt: ...
Zoekindex schrijven is mislukt: ...
\`\`\`

Deze regel staat boven \`Bouwen is mislukt\`. De pagina's zijn gemaakt, maar de zoekfunctie niet. De
oude site blijft staan. Controleer of er genoeg ruimte op de schijf is en probeer het opnieuw; lukt het
weer niet, stuur de melding dan naar wie de monitor voor u beheert.

`,
    },
    {
      kop: `Er loopt al een build in deze map`,
      codes: ['publiceren.build-wacht', 'publiceren.build-wachten-gestopt'],
      tekst: `\`\`\`
Er loopt al een build in deze map (proces 12345 op laptop-pb, sinds 10:02:11); even wachten…
Er loopt al een build in deze map (proces 12345 op laptop-pb, sinds 10:02:11); na 15 minuten wachten is gestopt. Loopt die build niet meer, verwijder dan …/.astro/bouw.lock.
\`\`\`

Er draait al een \`npm run build\` in dezelfde projectmap, bijvoorbeeld in een ander venster. De tweede
wacht vanzelf tot de eerste klaar is. U hoeft niets te doen. Is de eerste build afgebroken, dan merkt
de monitor dat en gaat hij meteen verder. Wacht hij toch een kwartier, dan stopt hij met de tweede
regel: kijk of er nog een build draait (bijvoorbeeld op een andere computer die dezelfde map
gebruikt), en verwijder anders het genoemde bestand.

`,
    },
    {
      kop: `OUT_DIR ...: deze map bevat de regiomap / ligt in de regiomap`,
      codes: ['publiceren.out-dir-bevat-regiomap', 'publiceren.out-dir-in-regiomap'],
      tekst: `\`\`\`
OUT_DIR C:\\Regio\\mijn-regio: deze map bevat de regiomap C:\\Regio\\mijn-regio; kies een map buiten de regiomap.
OUT_DIR C:\\Regio\\mijn-regio\\site: deze map ligt in de regiomap C:\\Regio\\mijn-regio; de site hoort daar niet tussen de gegevens: kies een map buiten de regiomap.
\`\`\`

De build vervangt de hele uitvoermap. Was dat de regiomap (of een map daarboven of daarin), dan zouden
uw gegevens verdwijnen. Kies een aparte map, bijvoorbeeld \`C:\\Regio\\website\`. Er is niets veranderd.

`,
    },
    {
      kop: `OUT_DIR ...: deze map bevat het programma zelf / ligt in de programmamap`,
      codes: ['publiceren.out-dir-bevat-programma', 'publiceren.out-dir-in-programmamap'],
      tekst: `\`\`\`
OUT_DIR C:\\Monitor: deze map bevat het programma zelf; kies een eigen map voor de site, bijvoorbeeld dist/.
OUT_DIR C:\\Monitor\\onderwijsregio-monitor\\src: deze map ligt in de programmamap; daar mag de site alleen in dist, dist-…, test/output/…, bench/output/….
\`\`\`

In de projectmap van de monitor mag de site alleen in \`dist\` (de standaard) of een map die met \`dist-\`
begint. Zo raakt een build nooit de monitor zelf.

`,
    },
    {
      kop: `OUT_DIR ...: dit is een bestaand bestand, geen map`,
      codes: ['publiceren.out-dir-is-bestand'],
      tekst: `\`\`\`
OUT_DIR C:\\Regio\\verslag.docx: dit is een bestaand bestand, geen map; de build overschrijft geen bestanden.
\`\`\`

\`OUT_DIR\` wijst naar een bestand. Geef een map op.

`,
    },
    {
      kop: `OUT_DIR ...: bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd`,
      codes: ['publiceren.out-dir-vreemde-bestanden'],
      tekst: `\`\`\`
OUT_DIR C:\\Regio\\documenten: bevat al bestanden die niet door onderwijsregio-monitor zijn gebouwd (notulen.docx); kies een nieuwe of lege map (is het een site van een oudere versie van dit programma, verwijder de map dan zelf).
\`\`\`

De map bestaat al en is geen site van de monitor. Kies een nieuwe of lege map. Bouwde een oudere versie
van de monitor hier een site (zonder het bestand \`.onderwijsregio-monitor.json\`), verwijder de map dan
één keer zelf.

`,
    },
    {
      kop: `OUT_DIR ...: ... bestanden zijn na de vorige build toegevoegd of gewijzigd`,
      codes: ['publiceren.out-dir-gewijzigd'],
      tekst: `\`\`\`
OUT_DIR C:\\Regio\\website: 2 bestanden zijn na de vorige build toegevoegd of gewijzigd (CNAME, index.html); de build vervangt de hele map en zou ze weggooien: verplaats ze, of kies een andere map.
\`\`\`

Iemand heeft na de vorige build iets in de uitvoermap gezet of veranderd. De build zou dat weggooien en
weigert daarom. Verplaats de genoemde bestanden (of gooi ze zelf weg als ze niet nodig zijn) en bouw
opnieuw. Zie [Waar de site mag komen](aan-de-slag.md#waar-de-site-mag-komen-out_dir).

`,
    },
    {
      kop: `REGIO_DIR is leeg / OUT_DIR is leeg`,
      codes: ['publiceren.map-leeg'],
      tekst: `\`\`\`
REGIO_DIR is leeg; noem een map (REGIO_DIR=../mijn-map) of laat REGIO_DIR helemaal weg.
OUT_DIR is leeg; noem een map (OUT_DIR=../mijn-map) of laat OUT_DIR helemaal weg.
\`\`\`

De instelling staat er wel, maar zonder map (vaak een vergeten variabele in een script). De monitor
gokt niet welke map u bedoelt.

`,
    },
    {
      kop: `het webadres heeft het pad ..., maar MONITOR_BASE is ...`,
      codes: ['publiceren.monitor-base'],
      tekst: `\`\`\`
data/regio.yaml:8: veld "site": het webadres heeft het pad /monitor/, maar MONITOR_BASE is /anders/; laat MONITOR_BASE weg of maak ze gelijk
\`\`\`

Het webadres bij \`site\` noemt een submap, en \`MONITOR_BASE\` noemt een andere. Het webadres is genoeg:
laat \`MONITOR_BASE\` weg.

`,
    },
    {
      kop: `Onderbroken (SIGINT)`,
      codes: ['publiceren.onderbroken'],
      tekst: `\`\`\`
Onderbroken (SIGINT).
Bouwen is mislukt; C:\\Monitor\\onderwijsregio-monitor\\dist is ongewijzigd.
\`\`\`

U (of het systeem) stopte de build, bijvoorbeeld met Ctrl + C. De halve nieuwe site is weggegooid; de
vorige staat er nog.

`,
    },
    {
      kop: `Los eerst de fouten op; daarna start het voorbeeld.`,
      codes: ['publiceren.voorbeeld-start-niet'],
      tekst: `\`\`\`
Los eerst de fouten op; daarna start het voorbeeld.
\`\`\`

\`npm run dev\` start niet zolang er fouten zijn. De fouten staan erboven. Waarschuwingen houden het
voorbeeld niet tegen.

`,
    },
    {
      kop: `De regiomap bevat fouten:`,
      codes: [],
      tekst: `\`\`\`
De regiomap bevat fouten:
data/metingen.csv:128: kolom "waarde": "drie" is geen getal (schrijf bijvoorbeeld 1234,5 of 1.234,5)
1 fout en 0 waarschuwingen gevonden.
Het voorbeeld toont deze fouten tot ze zijn opgelost.
\`\`\`

Dit ziet u in het opdrachtvenster als u een fout maakt terwijl \`npm run dev\` al draait. De browser
toont dan geen pagina van de site, maar een pagina "De regiomap bevat fouten" met dezelfde regels.
Herstel de fout en sla het bestand op; de pagina laadt dan vanzelf opnieuw, en in het opdrachtvenster
staat \`De fouten zijn opgelost; het voorbeeld is bijgewerkt.\`

`,
    },
    {
      kop: `data/: de regiomap kan niet gelezen worden: ...`,
      codes: ['publiceren.regiomap-onleesbaar'],
      tekst: `\`\`\`
data/: de regiomap kan niet gelezen worden: ENOENT: no such file or directory, scandir 'C:\\Regio\\mijn-regio\\data'
\`\`\`

Alleen in \`npm run dev\`: terwijl het voorbeeld draaide, kon de monitor de regiomap zelf niet lezen,
bijvoorbeeld omdat de map is verplaatst of hernoemd, of omdat u er geen toegang meer toe hebt. Achter de
dubbele punt staat de reden van het systeem (in het Engels). Zet de map terug en sla een bestand op, of
stop het voorbeeld en start het opnieuw met de goede \`REGIO_DIR\`.

`,
    },
    {
      kop: `...: de pagina kon niet gemaakt worden: ...`,
      codes: [],
      tekst: `\`\`\`
content/lijnen/behouden.mdx:7: de pagina kon niet gemaakt worden: ...
src/components/Grafiek.astro:12: de pagina kon niet gemaakt worden: ... (een fout in de monitor zelf, niet in de regiomap; meld dit aan wie de monitor beheert)
\`\`\`

Alleen in \`npm run dev\`: de controle vond geen fout, maar het maken van één pagina liep toch vast. Het
opdrachtvenster en de browser tonen deze regel (in de browser op een pagina "Deze pagina kon niet
gemaakt worden"). Wijst de regel naar een bestand in uw regiomap, kijk dan op die regel. Wijst hij naar
een bestand van de monitor zelf (\`src/...\`), dan is het een fout in het programma: meld de regel aan wie
de monitor beheert. Na het opslaan van een bestand probeert de pagina het opnieuw. Wie de Engelse
uitleg van Astro wil zien, start het voorbeeld met \`MONITOR_LOG=debug npm run dev\`.

`,
    },
  ],
};
