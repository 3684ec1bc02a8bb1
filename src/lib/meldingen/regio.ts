// Messages of group F in docs/foutmeldingen.md: regio.yaml.
import { fout, waarschuwing, type Hoofdstuk } from './soort.ts';

export const REGIO = {
  'regio.site-geen-webadres': fout((p: { site: string }) => `"${p.site}" is geen volledig webadres (begin met https://)`, { site: 'monitor.deltastad.nl' }),
  'regio.site-met-extra': fout(
    (p: { site: string }) =>
      `"${p.site}": een webadres voor de site heeft geen ?, # of inlognaam; schrijf alleen het adres, bijvoorbeeld https://www.regio.nl/monitor/`,
    { site: 'https://www.deltastad.nl/?pagina=monitor' },
  ),
  'regio.contact': fout((p: { contact: string }) => `"${p.contact}" is geen e-mailadres of webadres`, { contact: 'programmabureau' }),
  'regio.huidig-kwartaal-bestand': fout(
    (p: { kwartaal: string }) => `huidig_kwartaal ${p.kwartaal} heeft geen kwartaalbestand content/kwartalen/${p.kwartaal.toLowerCase()}.mdx`,
    { kwartaal: '2026-Q4' },
  ),
  'regio.tolerantie-buiten-bereik': fout((p: { getal: number }) => `tolerantie ${p.getal} ligt niet tussen 0 en 1 (standaard 0.1)`, { getal: 10 }),
  // The number is not in the message: any negative number is wrong for the same reason.
  'regio.kleine-aantallen-negatief': fout((_: { getal: number }) => 'kleine_aantallen mag niet negatief zijn (0 zet het afschermen uit)', { getal: -1 }),
  'regio.thema-bestaat-al': waarschuwing(
    (p: { thema: string }) => `thema "${p.thema}" bestaat al; u hoeft het niet als extra thema te noemen`,
    { thema: 'werven' },
  ),
  'regio.geen-kleur': fout((p: { kleur: string }) => `"${p.kleur}" is geen kleur in de vorm #rrggbb`, { kleur: 'blauw' }),
  'regio.contrast': fout(
    (p: { kleur: string; contrast: string }) =>
      `accentkleur ${p.kleur} heeft op wit een contrast van ${p.contrast}:1; dat moet minstens 4,5:1 zijn (kies een donkerdere kleur)`,
    { kleur: '#ffcc00', contrast: '1,51' },
  ),
  'regio.toegankelijkheid-blok': fout(() => 'toegankelijkheid moet de velden status, datum en rapport hebben'),
  'regio.toegankelijkheid-status': fout(
    (p: { status: string; keuzes: readonly string[] }) => `toegankelijkheid.status "${p.status}" is geen nalevingsstatus (kies uit: ${p.keuzes.join(', ')})`,
    { status: 'F', keuzes: ['A', 'B', 'C', 'D', 'E'] },
  ),
  'regio.toegankelijkheid-datum': fout((p: { fout: string }) => `toegankelijkheid.datum: ${p.fout}`, { fout: '"2026-13-01" is geen bestaande datum' }),
  'regio.toegankelijkheid-rapport': fout(
    (p: { rapport: string }) => `toegankelijkheid.rapport "${p.rapport}" is geen webadres`,
    { rapport: 'www.deltastad.nl/rapport.pdf' },
  ),
  'regio.toegankelijkheid-zonder-rapport': waarschuwing(
    (p: { status: string }) => `nalevingsstatus ${p.status} vraagt om een onderzoeksrapport (rapport: https://…) van hoogstens drie jaar oud`,
    { status: 'B' },
  ),
};

export const REGIO_DOCS: Hoofdstuk = {
  letter: 'F',
  titel: 'regio.yaml',
  inleiding: `Ook de meldingen uit de groepen B en E (zoals *geen geldige YAML*, *alles vanaf # is in YAML
commentaar*, *verplicht veld ontbreekt*, *onbekend veld* en *geen toegestane waarde*) kunnen over
\`regio.yaml\` gaan. \`regio.yaml\` bewerkt u in een teksteditor, niet in Excel.

`,
  koppen: [
    {
      kop: `sectoren`,
      codes: [],
      tekst: `\`\`\`
data/regio.yaml:1: verplicht veld "sectoren" ontbreekt
data/regio.yaml:4: veld "sectoren" is leeg; dit veld is verplicht
data/regio.yaml:4: veld "sectoren": "havo" is geen sector (kies uit: po, so, vo, vso, mbo)
\`\`\`

Noem de sectoren van uw regio als lijst, bijvoorbeeld \`sectoren: [vo, mbo]\`, of onder elkaar:

\`\`\`yaml
sectoren:
  - vo
  - mbo
\`\`\`

`,
    },
    {
      kop: `"..." is geen volledig webadres`,
      codes: ['regio.site-geen-webadres'],
      tekst: `\`\`\`
data/regio.yaml:9: veld "site": "monitor.deltastad.nl" is geen volledig webadres (begin met https://)
\`\`\`

Schrijf het volledige adres, met \`https://\` ervoor: \`site: https://monitor.deltastad.nl\`.

`,
    },
    {
      kop: `een webadres voor de site heeft geen ?, # of inlognaam`,
      codes: ['regio.site-met-extra'],
      tekst: `\`\`\`
data/regio.yaml:8: veld "site": "https://www.deltastad.nl/?pagina=monitor": een webadres voor de site heeft geen ?, # of inlognaam; schrijf alleen het adres, bijvoorbeeld https://www.regio.nl/monitor/
\`\`\`

Het adres van de site is een map op de webserver, geen zoekopdracht of plek op een pagina. Laat het
deel vanaf \`?\` of \`#\` weg. Een submap mag wel: \`https://www.deltastad.nl/monitor/\`.

`,
    },
    {
      kop: `"..." is geen e-mailadres of webadres`,
      codes: ['regio.contact'],
      tekst: `\`\`\`
data/regio.yaml:10: veld "contact": "programmabureau" is geen e-mailadres of webadres
\`\`\`

Vul een algemeen e-mailadres in (\`contact: programmabureau@regio.nl\`) of een webadres dat met
\`https://\` begint, bijvoorbeeld van een contactformulier (\`contact: https://www.regio.nl/contact\`).
Gebruik geen persoonlijk e-mailadres: het adres komt op de openbare site.

`,
    },
    {
      kop: `huidig_kwartaal ... heeft geen kwartaalbestand`,
      codes: ['regio.huidig-kwartaal-bestand'],
      tekst: `\`\`\`
data/regio.yaml:21: veld "huidig_kwartaal": huidig_kwartaal 2026-Q4 heeft geen kwartaalbestand content/kwartalen/2026-q4.mdx
\`\`\`

Het kwartaal dat u als huidig kwartaal noemt, heeft geen bestand. Maak het bestand aan, kies een ander
kwartaal, of haal de regel \`huidig_kwartaal\` weg. Zonder die regel is het huidige kwartaal vanzelf het
laatste vastgestelde kwartaal.

`,
    },
    {
      kop: `tolerantie ... ligt niet tussen 0 en 1`,
      codes: ['regio.tolerantie-buiten-bereik'],
      tekst: `\`\`\`
data/regio.yaml:11: veld "tolerantie": tolerantie 10 ligt niet tussen 0 en 1 (standaard 0.1)
\`\`\`

De tolerantie is een deel van 1: \`0.1\` (of \`0,1\`) betekent 10%. Zie
[Hoe de status wordt bepaald](status.md).

`,
    },
    {
      kop: `kleine_aantallen mag niet negatief zijn`,
      codes: ['regio.kleine-aantallen-negatief'],
      tekst: `\`\`\`
data/regio.yaml:12: veld "kleine_aantallen": kleine_aantallen mag niet negatief zijn (0 zet het afschermen uit)
\`\`\`

Vul een heel getal in van 0 of hoger. Standaard is 5.

`,
    },
    {
      kop: `thema "..." bestaat al (waarschuwing)`,
      codes: ['regio.thema-bestaat-al'],
      tekst: `\`\`\`
data/regio.yaml:14: waarschuwing: veld "extra_themas": thema "werven" bestaat al; u hoeft het niet als extra thema te noemen
\`\`\`

Dit thema zit al in de vaste lijst. Haal het weg uit \`extra_themas\`.

`,
    },
    {
      kop: `"..." is geen kleur in de vorm #rrggbb`,
      codes: ['regio.geen-kleur'],
      tekst: `\`\`\`
data/regio.yaml:16: veld "accentkleur": "blauw" is geen kleur in de vorm #rrggbb
\`\`\`

Schrijf de kleur als hex-code van zes tekens, tussen aanhalingstekens: \`accentkleur: "#1f5f8b"\`. Zonder
aanhalingstekens ziet de monitor alles vanaf \`#\` als opmerking; dan krijgt u de waarschuwing
[alles vanaf # is in YAML commentaar](#alles-vanaf--is-in-yaml-commentaar-en-valt-weg-waarschuwing) en
geen accentkleur.

`,
    },
    {
      kop: `accentkleur ... heeft op wit een contrast van ...`,
      codes: ['regio.contrast'],
      tekst: `\`\`\`
data/regio.yaml:16: veld "accentkleur": accentkleur #ffcc00 heeft op wit een contrast van 1,51:1; dat moet minstens 4,5:1 zijn (kies een donkerdere kleur)
\`\`\`

De kleur is te licht: tekst in die kleur is op een witte achtergrond slecht te lezen. De regels voor
toegankelijkheid vragen minstens 4,5:1. Kies een donkerdere tint van uw huiskleur.

`,
    },
    {
      kop: `toegankelijkheid`,
      codes: ['regio.toegankelijkheid-blok', 'regio.toegankelijkheid-status', 'regio.toegankelijkheid-datum', 'regio.toegankelijkheid-rapport', 'regio.toegankelijkheid-zonder-rapport'],
      tekst: `\`\`\`
data/regio.yaml:17: veld "toegankelijkheid": toegankelijkheid moet de velden status, datum en rapport hebben
data/regio.yaml:17: veld "toegankelijkheid": toegankelijkheid.status "F" is geen nalevingsstatus (kies uit: A, B, C, D, E)
data/regio.yaml:17: veld "toegankelijkheid": toegankelijkheid.datum: "2026-13-01" is geen bestaande datum
data/regio.yaml:17: veld "toegankelijkheid": toegankelijkheid.rapport "www.deltastad.nl/rapport.pdf" is geen webadres
data/regio.yaml:17: waarschuwing: veld "toegankelijkheid": nalevingsstatus B vraagt om een onderzoeksrapport (rapport: https://…) van hoogstens drie jaar oud
\`\`\`

\`toegankelijkheid\` heeft drie velden eronder, elk twee spaties ingesprongen:

\`\`\`yaml
toegankelijkheid:
  status: B
  datum: 2026-09-01
  rapport: https://www.regio.nl/toegankelijkheidsonderzoek.pdf
\`\`\`

De status is een letter van A tot en met E; het rapport is een webadres dat met \`https://\` begint. Bij
status A of B hoort een onderzoeksrapport; zonder \`rapport\` krijgt u de waarschuwing. Alle meldingen
over \`toegankelijkheid\` staan op de regel van het woord \`toegankelijkheid\`, niet op de regel van het
veld eronder.

`,
    },
  ],
};
