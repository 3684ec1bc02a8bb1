// Synthetic regions for the benchmark: `lijnen` lines × `doelen` goals per line × `indicatoren`
// indicators per goal (on average: one goal in five is merkbaar, without indicators) ×
// `kwartalen` quarters, written the way a programmabureau writes them
// (`;` CSV with decimal comma and BOM, MDX with frontmatter, every quarter vastgesteld), with
// realistic text lengths. Deterministic: the same size gives the same files.
//
//   node bench/generate.ts <folder> [lijnen doelen indicatoren kwartalen]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Size {
  lijnen: number;
  doelen: number;
  indicatoren: number;
  kwartalen: number;
}

export const sizeLabel = (s: Size) => `${s.lijnen}×${s.doelen}×${s.indicatoren}×${s.kwartalen}`;

/** mulberry32: a tiny seeded PRNG, so regions are reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const LIJNEN = [
  ['werven', 'Werven', 'werven'],
  ['matchen', 'Matchen', 'matchen'],
  ['opleiden', 'Samen opleiden', 'opleiden'],
  ['begeleiden', 'Begeleiden van starters', 'begeleiden'],
  ['professionaliseren', 'Professionaliseren', 'professionaliseren'],
  ['anders-organiseren', 'Anders organiseren', 'invalpool'],
  ['solidaire-arbeidsmarkt', 'Solidaire arbeidsmarkt', 'governance'],
  ['loket-en-informatie', 'Loket en informatie', 'loket'],
] as const;

const ONDERWERPEN = [
  'zij-instromers', 'starters', 'studenten van de pabo', 'onderwijsassistenten', 'werkplekbegeleiders',
  'schoolleiders', 'leraren in tekortvakken', 'invallers', 'mentoren', 'opleidingsscholen', 'besturen',
  'lerarenopleidingen', 'herintreders', 'leraren in het speciaal onderwijs', 'teamleiders',
] as const;
const AMBITIES = [
  'Meer', 'Minder uitval van', 'Betere begeleiding van', 'Een vaste plek voor', 'Sneller aan het werk:',
  'Langer behouden:', 'Samen opleiden van', 'Een regionaal aanbod voor',
] as const;
const ZINNEN = [
  'De besturen in de regio werken hierin samen, zodat scholen elkaar geen leraren afsnoepen.',
  'Het programmabureau verzamelt elk kwartaal de cijfers bij de aangesloten besturen.',
  'Het netwerk HR-managers bespreekt de resultaten en stelt zo nodig bij.',
  'De lerarenopleidingen denken mee over de inhoud en zorgen dat studenten goed voorbereid zijn.',
  'Na de zomer is er altijd een piek in het aantal vacatures, daarna daalt het weer.',
  'Een deel van de cijfers is nog voorlopig, omdat niet alle besturen op tijd hebben aangeleverd.',
  'Scholen met een pilot delen hun ervaringen op een regiodag met collega-scholen.',
  'De werkgroep heeft een plan gemaakt dat het bestuurlijk platform in de volgende vergadering bespreekt.',
  'Zij-instromers krijgen een vaste begeleider op school en een plek in een intervisiegroep.',
  'Starters krijgen in hun eerste jaar minder lesuren, zodat zij tijd hebben om te leren.',
  'Het loket voert gesprekken met mensen die willen overstappen naar het onderwijs.',
  'In de technische vakken blijft het tekort het grootst; daar zetten we extra in.',
  'We meten niet alleen aantallen, maar vragen ook hoe leraren de begeleiding ervaren.',
  'De regio stemt de aanpak af met de onderwijsregio voor het primair onderwijs.',
  'Kleine besturen doen mee via een gezamenlijke pool, zodat ook zij van de afspraken profiteren.',
  'Het experimenteerbudget is voor een groot deel toegekend aan scholen die teamonderwijs proberen.',
  'Wie de opleiding tot leraar naast het werk volgt, krijgt studieverlof van het eigen bestuur.',
  'De evaluatie laat zien dat de meeste deelnemers tevreden zijn over het traject.',
  'Door ziekte in het team liep de uitvoering een kwartaal vertraging op.',
  'Het bestuurlijk platform heeft besloten het budget voor deze lijn te verhogen.',
] as const;
const EENHEDEN = ['personen', 'percentage', 'aantal', 'fte', 'personen', 'percentage', 'score', 'euro'] as const;
const THEMAS = ['werven', 'matchen', 'opleiden', 'begeleiden', 'professionaliseren', 'samen-opleiden', 'starters', 'invalpool', 'aansluiting', 'loket', 'governance', 'monitoring', 'sectoroverstijgend', 'tekortvakken'] as const;

const zinnen = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick(ZINNEN)).join(' ');
const alinea = (r: Rng) => zinnen(r, r.int(3, 6));
const getal = (v: number, decimals = 1) => {
  const rounded = Math.round(v * 10 ** decimals) / 10 ** decimals;
  return String(rounded).replace('.', ',');
};
/** A `;` CSV for Dutch Excel: BOM, CRLF, quoting only where needed. */
function csv(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

const kwartaal = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

export function generateRegion(dir: string, size: Size, seed = 7): void {
  if (size.lijnen < 1 || size.lijnen > 8) throw new Error('lijnen: 1 to 8 (DATA.md)');
  const r = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['data', 'content/lijnen', 'content/kwartalen', 'content/doelen', 'content/paginas']) mkdirSync(join(dir, sub), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);

  // Quarters end at 2026-Q3; the first is `kwartalen - 1` quarters earlier.
  const laatste = 2026 * 4 + 2;
  const eerste = laatste - size.kwartalen + 1;
  const kwartalen = Array.from({ length: size.kwartalen }, (_, i) => eerste + i);
  const streefIndex = laatste + 5;

  write('data/regio.yaml', [
    '# Synthetische regio voor de benchmark (bench/generate.ts). Alles is verzonnen.',
    `naam: Onderwijsregio Benchmark ${sizeLabel(size)}`,
    'kortenaam: Benchmark',
    'sectoren: [po, vo, mbo]',
    'regeling: onderwijsregio-2024',
    'penvoerder: Stichting Voorbeeldonderwijs',
    'site: https://benchmark.onderwijsregio.example',
    'contact: info@benchmark.onderwijsregio.example',
    'tolerantie: 0.1',
    'kleine_aantallen: 5',
    'accentkleur: "#1f5f8b"',
    'toegankelijkheid:',
    '  status: C',
    '  datum: 2026-09-01',
    '',
  ].join('\n'));

  const lijnen = LIJNEN.slice(0, size.lijnen);
  const doelen: string[][] = [];
  const indicatoren: string[][] = [];
  const metingen: string[][] = [];
  const beoordelingen: string[][] = [];
  const activiteiten: string[][] = [];
  const voortgang: string[][] = [];
  const doelIds: string[] = [];

  lijnen.forEach(([lijn, titel, thema], l) => {
    const eigenDoelen: string[] = [];
    const eigenIndicatoren: string[] = [];
    // As in the example region, one goal in five is merkbaar (judged by the region, no
    // indicators, no charts). Their indicators go to the meetbaar goals of the same line, so
    // the region still has lijnen × doelen × indicatoren indicators in all.
    const merkbaar = (g: number) => size.indicatoren === 0 || g % 5 === 0;
    const meetbaar = Array.from({ length: size.doelen }, (_, i) => i + 1).filter((g) => !merkbaar(g));
    const aantalIndicatoren = (g: number) => {
      if (merkbaar(g)) return 0;
      const totaal = size.doelen * size.indicatoren;
      const rang = meetbaar.indexOf(g);
      return Math.floor(totaal / meetbaar.length) + (rang < totaal % meetbaar.length ? 1 : 0);
    };
    for (let g = 1; g <= size.doelen; g++) {
      const onderwerp = ONDERWERPEN[(l * 7 + g) % ONDERWERPEN.length];
      const doelTitel = `${AMBITIES[(l + g) % AMBITIES.length]} ${onderwerp} (${titel.toLowerCase()} ${g})`;
      const id = `${lijn}-doel-${g}`;
      eigenDoelen.push(id);
      doelIds.push(id);
      const themas = [...new Set([thema, r.pick(THEMAS)])].join('|');
      doelen.push([id, lijn, doelTitel, zinnen(r, 2), merkbaar(g) ? 'merkbaar' : 'meetbaar', themas, kwartaal(streefIndex), `Programmamanager ${titel.toLowerCase()}`]);

      for (let i = 1; i <= aantalIndicatoren(g); i++) {
        const indId = `${id}-ind-${i}`;
        eigenIndicatoren.push(indId);
        const eenheid = EENHEDEN[(g * 3 + i + l) % EENHEDEN.length];
        const lager = r.chance(0.25);
        const [nul, streef, decimals] = (() => {
          switch (eenheid) {
            case 'percentage': return lager ? [r.int(20, 40), r.int(5, 15), 1] : [r.int(30, 60), r.int(75, 100), 1];
            case 'fte': return lager ? [r.int(40, 120), r.int(5, 30), 1] : [r.int(5, 30), r.int(40, 90), 1];
            case 'score': return lager ? [8, 6, 1] : [r.int(5, 6), r.int(7, 8), 1];
            case 'euro': return lager ? [r.int(200, 500) * 1000, r.int(50, 150) * 1000, 0] : [r.int(20, 80) * 1000, r.int(150, 300) * 1000, 0];
            // Some persons counts start small, so suppression (< 5) is exercised.
            default: return lager ? [r.int(40, 200), r.int(2, 30), 0] : [r.int(2, 60), r.int(80, 300), 0];
          }
        })();
        indicatoren.push([
          indId, id, `${eenheid === 'percentage' ? 'Aandeel' : 'Aantal'} ${onderwerp} ${['in opleiding', 'dat blijft', 'met begeleiding', 'gestart'][i % 4]} (${i})`,
          eenheid, lager ? 'lager' : 'hoger', getal(nul, decimals), kwartaal(eerste), getal(streef, decimals), kwartaal(streefIndex),
          r.pick(['HR-registraties van de besturen', 'Registratie programmabureau', 'DUO, open onderwijsdata', 'Enquête onder leraren']),
          r.chance(0.6) ? zinnen(r, 1) : '',
        ]);
        for (const k of kwartalen) {
          if (k === eerste || r.chance(0.05)) continue; // baseline quarter, and a missing quarter now and then
          const t = (k - eerste) / (streefIndex - eerste);
          const pad = nul + (streef - nul) * t;
          const ruis = (r.next() - 0.6) * 0.15 * Math.abs(streef - nul);
          const waarde = Math.max(0, pad + ruis);
          const voorlopig = k === laatste && r.chance(0.3);
          metingen.push([indId, kwartaal(k), getal(waarde, decimals), '', r.chance(0.1) ? zinnen(r, 1) : '', voorlopig ? 'ja' : 'nee']);
        }
      }

      // Check and act per goal per quarter; now and then the region records its own status.
      for (const k of kwartalen) {
        const status = r.chance(merkbaar(g) ? 0.8 : 0.1) ? r.pick(['op-koers', 'aandacht', 'achter']) : '';
        beoordelingen.push([id, kwartaal(k), status, zinnen(r, r.int(1, 3)), r.chance(0.5) ? zinnen(r, 1) : '']);
      }
      for (let a = 1; a <= 2; a++) {
        const actId = `${id}-act-${a}`;
        const start = eerste + r.int(0, Math.max(0, size.kwartalen - 2));
        const eind = Math.min(streefIndex, start + r.int(2, 12));
        activiteiten.push([actId, lijn, id, zinnen(r, 1).replace(/\.$/, ''), r.pick(['Programmabureau', 'Netwerk HR-managers', 'Werkgroep van schoolleiders', 'Lerarenopleidingen']), kwartaal(start), kwartaal(eind)]);
        for (let k = start; k <= Math.min(eind, laatste); k++) {
          const status = k === eind ? 'afgerond' : r.chance(0.1) ? 'vertraagd' : 'lopend';
          voortgang.push([actId, kwartaal(k), status, r.chance(0.6) ? zinnen(r, 1) : '']);
        }
      }
    }

    const paragrafen = Array.from({ length: 5 }, () => alinea(r));
    write(`content/lijnen/${lijn}.mdx`, [
      '---',
      `titel: ${titel}`,
      `volgorde: ${l + 1}`,
      `soort: ${l === 0 ? 'overkoepelend' : 'inhoudelijk'}`,
      `samenvatting: ${zinnen(r, 2)}`,
      `portefeuillehouder: Bestuurder van een aangesloten schoolbestuur (kerngroep)`,
      `projectleider: Projectleider ${titel.toLowerCase()}`,
      `programmamanager: Programmamanager ${titel.toLowerCase()} (programmabureau)`,
      '---',
      '',
      '## Waarom deze lijn', '', paragrafen[0], '', paragrafen[1], '',
      '## Wat we doen', '', paragrafen[2], '',
      '| Activiteit | Wie | Wanneer |', '|---|---|---|',
      ...activiteiten.slice(-4).map((a) => `| ${a[3]} | ${a[4]} | ${a[5]} tot ${a[6]} |`), '',
      '## Stand van zaken', '', paragrafen[3], '',
      `<DoelStatus doel="${eigenDoelen[0]}" />`, '',
      paragrafen[4], '',
      ...(eigenIndicatoren.length > 0 ? [`<IndicatorGrafiek indicator="${eigenIndicatoren[0]}" />`, ''] : []),
    ].join('\n'));
  });

  // A narrative for every fourth goal, as regions write them for their headline goals.
  doelIds.filter((_, i) => i % 4 === 0).forEach((id) => {
    write(`content/doelen/${id}.mdx`, ['---', `titel: Over ${id}`, '---', '', alinea(r), '', alinea(r), '', alinea(r), ''].join('\n'));
  });

  for (const k of kwartalen) {
    const q = kwartaal(k);
    const jaar = Math.floor((k + 1) / 4);
    const maand = ((k + 1) % 4) * 3 + 1;
    const vastgesteld = `${jaar}-${String(maand).padStart(2, '0')}-${String(r.int(10, 28)).padStart(2, '0')}`;
    write(`content/kwartalen/${q.toLowerCase()}.mdx`, [
      '---',
      `kwartaal: ${q}`,
      `titel: Voortgang ${q}`,
      `samenvatting: ${zinnen(r, 3)}`,
      `vastgesteld: ${vastgesteld}`,
      '---',
      '',
      '## Hoogtepunten', '', alinea(r), '', alinea(r), '',
      '## Wat goed gaat', '', ...Array.from({ length: 4 }, () => `- ${r.pick(ZINNEN)}`), '',
      '## Wat achterblijft', '', alinea(r), '',
      `<DoelStatus doel="${r.pick(doelIds)}" />`, '',
      '## Voorstellen voor het bestuurlijk platform', '', ...Array.from({ length: 3 }, (_, i) => `${i + 1}. ${r.pick(ZINNEN)}`), '',
    ].join('\n'));
  }

  write('content/paginas/over.mdx', ['---', 'titel: Over deze regio', '---', '', alinea(r), '', alinea(r), '', '## Hoe de regio is georganiseerd', '', alinea(r), ''].join('\n'));
  write('content/paginas/loket.mdx', ['---', 'titel: Het loket', '---', '', alinea(r), '', alinea(r), ''].join('\n'));

  write('data/doelen.csv', csv(['id', 'lijn', 'titel', 'ambitie', 'soort', 'themas', 'eind_kwartaal', 'eigenaar'], doelen));
  write('data/indicatoren.csv', csv(['id', 'doel', 'naam', 'eenheid', 'richting', 'nulmeting', 'nulmeting_kwartaal', 'streefwaarde', 'streef_kwartaal', 'bron', 'toelichting'], indicatoren));
  write('data/metingen.csv', csv(['indicator', 'kwartaal', 'waarde', 'bron', 'opmerking', 'voorlopig'], metingen));
  write('data/beoordelingen.csv', csv(['doel', 'kwartaal', 'status', 'toelichting', 'bijsturing'], beoordelingen));
  write('data/activiteiten.csv', csv(['id', 'lijn', 'doel', 'wat', 'wie', 'start', 'eind'], activiteiten));
  write('data/voortgang.csv', csv(['activiteit', 'kwartaal', 'status', 'toelichting'], voortgang));
  write('data/partijen.csv', csv(['naam', 'soort', 'sectoren', 'status', 'sinds', 'partnerschap'], Array.from({ length: 24 }, (_, i) => [
    `Stichting ${['Openbaar', 'Christelijk', 'Katholiek', 'Algemeen Bijzonder'][i % 4]} Onderwijs ${['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Kust'][i % 6]} ${i + 1}`,
    i % 6 === 5 ? 'lerarenopleiding' : 'schoolbestuur', ['po', 'vo', 'mbo'][i % 3], i % 7 === 6 ? 'in-gesprek' : 'aangesloten', '2024-01-15', i % 2 ? 'Samen Opleiden Benchmark' : '',
  ])));
  const jaren = [...new Set(kwartalen.map((k) => Math.floor(k / 4)))];
  write('data/begroting.csv', csv(['lijn', 'jaar', 'bedrag'], lijnen.flatMap(([lijn]) => jaren.map((j) => [lijn, j, r.int(100, 400) * 1000]))));
  write('data/uitgaven.csv', csv(['lijn', 'kwartaal', 'bedrag'], lijnen.flatMap(([lijn]) => kwartalen.map((k) => [lijn, kwartaal(k), getal(r.int(20000, 90000) + r.next(), 2)]))));
  write('data/kerncijfers.csv', csv(['id', 'naam', 'waarde', 'eenheid', 'peildatum', 'bron'], Array.from({ length: 8 }, (_, i) => [
    `kerncijfer-${i + 1}`, `${['Leerlingen', 'Studenten', 'Leraren', 'Schoollocaties'][i % 4]} in de regio (${i + 1})`, r.int(100, 40000), i % 4 === 2 ? 'fte' : 'aantal', '2025-10-01', 'DUO, open onderwijsdata',
  ])));
  write('data/aanbevelingen.csv', csv(['id', 'aanbeveling', 'opvolging', 'status', 'doelen'], Array.from({ length: 6 }, (_, i) => [
    `re-${i + 1}`, zinnen(r, 1), zinnen(r, 2), ['open', 'in-uitvoering', 'afgerond'][i % 3], [r.pick(doelIds), r.pick(doelIds)].join('|'),
  ])));
  write('data/begrippen.csv', csv(['term', 'uitleg'], Array.from({ length: 24 }, (_, i) => [`Begrip ${i + 1}`, zinnen(r, 2)])));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...nums] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node bench/generate.ts <folder> [lijnen doelen indicatoren kwartalen]\n');
    process.exit(2);
  }
  const [lijnen = 6, doelen = 15, indicatoren = 3, kwartalen = 16] = nums.map(Number);
  generateRegion(resolve(dir), { lijnen, doelen, indicatoren, kwartalen });
  process.stdout.write(`generated ${resolve(dir)} (${sizeLabel({ lijnen, doelen, indicatoren, kwartalen })})\n`);
}
