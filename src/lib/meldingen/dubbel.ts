// Messages of group C in docs/foutmeldingen.md: Dubbele regels.
import { fout, type Hoofdstuk } from './soort.ts';

export const DUBBEL = {
  'dubbel.id': fout((p: { id: string; regel: number }) => `id "${p.id}" komt al voor op regel ${p.regel}`, { id: 'werven-zij-instromers', regel: 4 }),
  'dubbel.meting': fout(
    (p: { indicator: string; kwartaal: string; regel: number }) =>
      `indicator "${p.indicator}" heeft voor ${p.kwartaal} al een meting op regel ${p.regel}; één regel per indicator en kwartaal`,
    { indicator: 'fte-invalpool', kwartaal: '2026-Q2', regel: 108 },
  ),
  'dubbel.beoordeling': fout(
    (p: { doel: string; kwartaal: string; regel: number }) => `doel "${p.doel}" heeft voor ${p.kwartaal} al een beoordeling op regel ${p.regel}`,
    { doel: 'behoud-starters', kwartaal: '2026-Q1', regel: 3 },
  ),
  'dubbel.voortgang': fout(
    (p: { activiteit: string; kwartaal: string; regel: number }) => `activiteit "${p.activiteit}" heeft voor ${p.kwartaal} al een regel op regel ${p.regel}`,
    { activiteit: 'convenant-opstellen', kwartaal: '2026-Q1', regel: 2 },
  ),
  'dubbel.begroting': fout(
    (p: { lijn: string; jaar: number; regel: number }) => `lijn "${p.lijn}" heeft voor ${p.jaar} al een begroting op regel ${p.regel}`,
    { lijn: 'werven', jaar: 2026, regel: 3 },
  ),
  'dubbel.partij': fout((p: { naam: string; regel: number }) => `partij "${p.naam}" staat ook op regel ${p.regel}`, { naam: 'Stichting Kust', regel: 2 }),
  'dubbel.begrip': fout((p: { term: string; regel: number }) => `begrip "${p.term}" staat ook op regel ${p.regel}`, { term: 'zij-instromer', regel: 2 }),
};

export const DUBBEL_DOCS: Hoofdstuk = {
  letter: 'C',
  titel: 'Dubbele regels',
  inleiding: ``,
  koppen: [
    {
      kop: `id "..." komt al voor op regel ...`,
      codes: ['dubbel.id'],
      tekst: `\`\`\`
data/doelen.csv:17: kolom "id": id "meer-zij-instromers" komt al voor op regel 6
\`\`\`

Twee regels in hetzelfde bestand hebben dezelfde id. Geef een van beide een andere id, of verwijder de
dubbele regel. Dit geldt voor doelen, indicatoren, activiteiten, kerncijfers en aanbevelingen. Tot u
het oplost, gebruikt de monitor alleen de eerste regel met die id (hier regel 6).

`,
    },
    {
      kop: `indicator "..." heeft voor ... al een meting op regel ...`,
      codes: ['dubbel.meting'],
      tekst: `\`\`\`
data/metingen.csv:147: indicator "fte-invalpool" heeft voor 2026-Q2 al een meting op regel 108; één regel per indicator en kwartaal
\`\`\`

Per indicator per kwartaal mag er één meting zijn. De melding noemt beide regels (hier 147 en 108).
Houd de juiste waarde en verwijder de andere regel. Let op: kwartalen die anders geschreven zijn, maar
hetzelfde betekenen (\`2026-Q2\` en \`Q2 2026\`), tellen als hetzelfde kwartaal.

`,
    },
    {
      kop: `doel "..." heeft voor ... al een beoordeling op regel ...`,
      codes: ['dubbel.beoordeling'],
      tekst: `\`\`\`
data/beoordelingen.csv:41: doel "convenant-solidaire-arbeidsmarkt" heeft voor 2026-Q1 al een beoordeling op regel 2
\`\`\`

Per doel per kwartaal mag er één beoordeling zijn. Voeg de teksten samen in één regel.

`,
    },
    {
      kop: `activiteit "..." heeft voor ... al een regel op regel ...`,
      codes: ['dubbel.voortgang'],
      tekst: `\`\`\`
data/voortgang.csv:74: activiteit "convenant-opstellen" heeft voor 2026-Q2 al een regel op regel 3
\`\`\`

Per activiteit per kwartaal mag er één regel in \`voortgang.csv\` staan. Houd de juiste en verwijder de
andere.

`,
    },
    {
      kop: `lijn "..." heeft voor ... al een begroting op regel ...`,
      codes: ['dubbel.begroting'],
      tekst: `\`\`\`
data/begroting.csv:12: lijn "anders-organiseren" heeft voor 2025 al een begroting op regel 11
\`\`\`

Per lijn per jaar mag er één begroting zijn. Tel de bedragen op in één regel. (In \`uitgaven.csv\` mogen
wel meer regels per lijn per kwartaal staan; die telt de monitor op.)

`,
    },
    {
      kop: `partij "..." staat ook op regel ...`,
      codes: ['dubbel.partij'],
      tekst: `\`\`\`
data/partijen.csv:26: kolom "naam": partij "ROC Deltastad" staat ook op regel 13
\`\`\`

Elke partij staat één keer in \`partijen.csv\` (hoofdletters tellen niet mee). Verwijder de dubbele regel.

`,
    },
    {
      kop: `begrip "..." staat ook op regel ...`,
      codes: ['dubbel.begrip'],
      tekst: `\`\`\`
data/begrippen.csv:29: kolom "term": begrip "PDCA" staat ook op regel 20
\`\`\`

Elk begrip staat één keer in de begrippenlijst. Voeg de uitleg samen in één regel.

`,
    },
  ],
};
