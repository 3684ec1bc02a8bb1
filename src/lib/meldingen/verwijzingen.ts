// Messages of group D in docs/foutmeldingen.md: Verwijzingen.
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';

export const VERWIJZINGEN = {
  'verwijzing.lijn': fout(
    (p: { lijn: string; bestaand: readonly string[] }) =>
      `lijn "${p.lijn}" bestaat niet (er is geen content/lijnen/${p.lijn}.mdx; bestaande lijnen: ${p.bestaand.join(', ') || 'geen'})`,
    { lijn: 'werving', bestaand: ['werven', 'behouden'] },
  ),
  'verwijzing.thema': fout(
    (p: { thema: string }) => `thema "${p.thema}" bestaat niet; gebruik een thema uit de lijst of noem het in regio.yaml onder extra_themas`,
    { thema: 'huisvesting' },
  ),
  'verwijzing.meetbaar-zonder-indicator': fout(
    (p: { doel: string }) => `meetbaar doel "${p.doel}" heeft geen indicator in data/indicatoren.csv; voeg er een toe of maak het doel merkbaar`,
    { doel: 'behoud-starters' },
  ),
  'verwijzing.doel': fout((p: { doel: string }) => `doel "${p.doel}" bestaat niet in data/doelen.csv`, { doel: 'behoud-startes' }),
  'verwijzing.doel-merkbaar': waarschuwing(
    (p: { doel: string }) => `doel "${p.doel}" is merkbaar; deze indicator telt niet mee voor de status`,
    { doel: 'samenwerking' },
  ),
  'verwijzing.indicator': fout((p: { indicator: string }) => `indicator "${p.indicator}" bestaat niet in data/indicatoren.csv`, { indicator: 'fte-invalpol' }),
  'verwijzing.meting-na-laatste-kwartaal': waarschuwing(
    (p: { kwartaal: string; laatste: string }) =>
      `meting voor ${p.kwartaal} ligt na het laatste kwartaalbestand (${p.laatste}); maak content/kwartalen/${p.kwartaal.toLowerCase()}.mdx aan`,
    { kwartaal: '2026-Q4', laatste: '2026-Q3' },
  ),
  'verwijzing.meetbaar-zonder-toelichting': fout(
    (p: { doel: string; status: string }) =>
      `doel "${p.doel}" is meetbaar; wie de berekende status vervangt door "${p.status}", moet in de toelichting uitleggen waarom`,
    { doel: 'behoud-starters', status: 'op-koers' },
  ),
  'verwijzing.andere-lijn': waarschuwing(
    (p: { doel: string; doelLijn: string; lijn: string }) => `doel "${p.doel}" hoort bij lijn "${p.doelLijn}", de activiteit bij lijn "${p.lijn}"`,
    { doel: 'behoud-starters', doelLijn: 'behouden', lijn: 'werven' },
  ),
  'verwijzing.activiteit': fout((p: { activiteit: string }) => `activiteit "${p.activiteit}" bestaat niet in data/activiteiten.csv`, { activiteit: 'convenant' }),
  'verwijzing.doelverhaal': fout(
    (p: { doel: string }) => `er is geen doel "${p.doel}" in data/doelen.csv; de bestandsnaam moet de id van een doel zijn`,
    { doel: 'behoud-startes' },
  ),
  'verwijzing.component': fout(
    (p: { component: string; attribuut: string; id: string; bestand: string }) =>
      `<${p.component} ${p.attribuut}="${p.id}" />: ${p.attribuut} "${p.id}" bestaat niet in data/${p.bestand}`,
    { component: 'DoelStatus', attribuut: 'doel', id: 'behoud-startes', bestand: 'doelen.csv' },
  ),
};

export const VERWIJZINGEN_DOCS: Hoofdstuk = {
  letter: 'D',
  titel: 'Verwijzingen',
  inleiding: ``,
  koppen: [
    {
      kop: `lijn "..." bestaat niet`,
      codes: ['verwijzing.lijn'],
      tekst: `\`\`\`
data/doelen.csv:2: kolom "lijn": lijn "solidaire-arbeidmarkt" bestaat niet (er is geen content/lijnen/solidaire-arbeidmarkt.mdx; bestaande lijnen: solidaire-arbeidsmarkt, werven-matchen-opleiden, behouden-professionaliseren, anders-organiseren)
\`\`\`

Een lijn bestaat als er een bestand \`content/lijnen/<lijn>.mdx\` is. De melding noemt de lijnen die er
wel zijn. Verbeter de spelling (hier ontbreekt een \`s\`), of maak het bestand voor de nieuwe lijn aan. Deze
melding kan komen uit \`doelen.csv\`, \`activiteiten.csv\`, \`begroting.csv\` en \`uitgaven.csv\`.

`,
    },
    {
      kop: `thema "..." bestaat niet`,
      codes: ['verwijzing.thema'],
      tekst: `\`\`\`
data/doelen.csv:2: kolom "themas": thema "wonen" bestaat niet; gebruik een thema uit de lijst of noem het in regio.yaml onder extra_themas
\`\`\`

Gebruik een thema uit de vaste lijst (zie [doelen.csv](gegevens.md#doelencsv-verplicht-bestand)), of
voeg het thema toe aan \`extra_themas\` in \`regio.yaml\`.

`,
    },
    {
      kop: `meetbaar doel "..." heeft geen indicator`,
      codes: ['verwijzing.meetbaar-zonder-indicator'],
      tekst: `\`\`\`
data/doelen.csv:5: kolom "soort": meetbaar doel "monitoring-op-orde" heeft geen indicator in data/indicatoren.csv; voeg er een toe of maak het doel merkbaar
\`\`\`

Een meetbaar doel krijgt zijn status uit indicatoren. Voeg in \`indicatoren.csv\` minstens één indicator
toe met dit doel in de kolom \`doel\`, of zet \`soort\` op \`merkbaar\`.

`,
    },
    {
      kop: `doel "..." bestaat niet in data/doelen.csv`,
      codes: ['verwijzing.doel'],
      tekst: `\`\`\`
data/indicatoren.csv:8: kolom "doel": doel "loket-aankomende-leraren" bestaat niet in data/doelen.csv
data/beoordelingen.csv:41: kolom "doel": doel "minder-vacature" bestaat niet in data/doelen.csv
data/aanbevelingen.csv:7: kolom "doelen": doel "meer-starters" bestaat niet in data/doelen.csv
\`\`\`

Er staat een doel dat niet in \`doelen.csv\` voorkomt. Meestal een spelfout; vergelijk met de kolom \`id\`
in \`doelen.csv\`. Deze melding kan komen uit \`indicatoren.csv\`, \`beoordelingen.csv\`, \`activiteiten.csv\`
en \`aanbevelingen.csv\`.

`,
    },
    {
      kop: `doel "..." is merkbaar; deze indicator telt niet mee voor de status (waarschuwing)`,
      codes: ['verwijzing.doel-merkbaar'],
      tekst: `\`\`\`
data/indicatoren.csv:25: waarschuwing: kolom "doel": doel "convenant-solidaire-arbeidsmarkt" is merkbaar; deze indicator telt niet mee voor de status
\`\`\`

Een merkbaar doel krijgt zijn status alleen uit \`beoordelingen.csv\`. Wilt u dat de indicator meetelt,
maak het doel dan meetbaar.

`,
    },
    {
      kop: `indicator "..." bestaat niet in data/indicatoren.csv`,
      codes: ['verwijzing.indicator'],
      tekst: `\`\`\`
data/metingen.csv:146: kolom "indicator": indicator "zij-instromers-totaal" bestaat niet in data/indicatoren.csv
\`\`\`

De meting hoort bij een indicator die niet in \`indicatoren.csv\` staat. Verbeter de id, of voeg de
indicator toe.

`,
    },
    {
      kop: `meting voor ... ligt na het laatste kwartaalbestand (waarschuwing)`,
      codes: ['verwijzing.meting-na-laatste-kwartaal'],
      tekst: `\`\`\`
data/metingen.csv:148: waarschuwing: kolom "kwartaal": meting voor 2026-Q4 ligt na het laatste kwartaalbestand (2026-Q3); maak content/kwartalen/2026-q4.mdx aan
\`\`\`

U heeft al metingen voor een nieuw kwartaal, maar nog geen kwartaalbestand. Dat is niet erg; de
metingen komen pas op de site als dat kwartaal een bestand heeft (en, voor de openbare site, is
vastgesteld). Maak het bestand aan als u aan dat kwartaal begint. Is het kwartaal een typfout? Verbeter
het dan.

`,
    },
    {
      kop: `doel "..." is meetbaar; wie de berekende status vervangt ..., moet in de toelichting uitleggen waarom`,
      codes: ['verwijzing.meetbaar-zonder-toelichting'],
      tekst: `\`\`\`
data/beoordelingen.csv:42: kolom "toelichting": doel "minder-uitval-starters" is meetbaar; wie de berekende status vervangt door "op-koers", moet in de toelichting uitleggen waarom
\`\`\`

Bij een meetbaar doel rekent de monitor de status uit. Geeft de regio zelf een andere status, dan moet
de lezer weten waarom. Schrijf de reden in \`toelichting\`, of maak \`status\` leeg zodat de berekende
status geldt. Zie [Een eigen oordeel](status.md#een-eigen-oordeel-van-de-regio).

`,
    },
    {
      kop: `doel "..." hoort bij lijn "...", de activiteit bij lijn "..." (waarschuwing)`,
      codes: ['verwijzing.andere-lijn'],
      tekst: `\`\`\`
data/activiteiten.csv:8: waarschuwing: kolom "doel": doel "loket-voor-aankomende-leraren" hoort bij lijn "werven-matchen-opleiden", de activiteit bij lijn "anders-organiseren"
\`\`\`

De activiteit en haar doel horen bij verschillende lijnen. Soms is dat zo bedoeld. Anders: verbeter de
lijn of het doel.

`,
    },
    {
      kop: `activiteit "..." bestaat niet in data/activiteiten.csv`,
      codes: ['verwijzing.activiteit'],
      tekst: `\`\`\`
data/voortgang.csv:74: kolom "activiteit": activiteit "mentorprogramma" bestaat niet in data/activiteiten.csv
\`\`\`

De voortgang hoort bij een activiteit die niet in \`activiteiten.csv\` staat. Verbeter de id of voeg de
activiteit toe. Ziet u deze melding op bijna elke regel? Dan ontbreekt \`activiteiten.csv\`, of mist dat
bestand de kolom \`id\`; kijk naar de melding over dat bestand.

`,
    },
    {
      kop: `er is geen doel "..." in data/doelen.csv; de bestandsnaam moet de id van een doel zijn`,
      codes: ['verwijzing.doelverhaal'],
      tekst: `\`\`\`
content/doelen/meer-zijinstromers.mdx:1: er is geen doel "meer-zijinstromers" in data/doelen.csv; de bestandsnaam moet de id van een doel zijn
\`\`\`

Een verhaal in \`content/doelen/\` hoort bij het doel met dezelfde naam. Hernoem het bestand naar de id
van het doel (hier \`meer-zij-instromers.mdx\`). Ook deze melding kan een volgfout zijn als \`doelen.csv\`
maar voor een deel gelezen kon worden (zie de melding hieronder).

`,
    },
    {
      kop: `&lt;DoelStatus doel="..." /&gt;: doel "..." bestaat niet`,
      codes: ['verwijzing.component'],
      tekst: `\`\`\`
content/lijnen/anders-organiseren.mdx:41: <DoelStatus doel="invalpool" />: doel "invalpool" bestaat niet in data/doelen.csv
content/lijnen/anders-organiseren.mdx:45: <IndicatorGrafiek indicator="open-vacatures" />: indicator "open-vacatures" bestaat niet in data/indicatoren.csv
\`\`\`

Op deze regel van de tekst staat een bouwsteen met een id die niet bestaat. Verbeter de id (hier
\`regionale-invalpool\` en \`openstaande-vacatures\`).

Krijgt u deze melding voor veel bouwstenen tegelijk, terwijl de id's wel kloppen? Kijk dan of er een
melding is over \`doelen.csv\` of \`indicatoren.csv\` die zegt dat *de regels hierna niet gelezen* zijn
(zie [Problemen met aanhalingstekens](#problemen-met-aanhalingstekens)). Doelen en indicatoren na die
regel kent de monitor dan nog niet. Los eerst die melding op.

`,
    },
  ],
};
