// Frozen quarterly reports (momentopnamen): `data/snapshots/<jjjj-qN>.json` holds a report as
// the bestuurlijk platform approved it, written by `npm run vaststellen`; earlier versions of a
// revised report stay beside it as `<jjjj-qN>.v<N>.json`. Written, read back and compared here
// (the shape is declared with Zod in snapshot-schema.ts); the site renders an approved quarter
// from its snapshot.
import { kwartaalIndex, kwartaalSlug, parseKwartaal } from './quarters.ts';
import { parseDatum } from './cells.ts';
import { statusLabel } from './status-vocabulaire.ts';
import type { RegioBestanden } from './files.ts';
import { melding, type Melding } from './meldingen/index.ts';
import { MOMENTOPNAME_SCHEMA, valideerMomentopname, type Momentopname, type RapportInhoud } from './snapshot-schema.ts';
import type { KwartaalBestand, Kwartaal, Problem, Status } from './types.ts';

export { MOMENTOPNAME_SCHEMA, type Momentopname, type RapportDoel, type RapportIndicator, type RapportInhoud, type RapportLijn } from './snapshot-schema.ts';
export const SNAPSHOT_MAP = 'data/snapshots';

/** A snapshot as read from the region folder. */
export interface MomentopnameBestand {
  momentopname: Momentopname;
  /** Region-relative path of the JSON. */
  file: string;
  /** Region-relative path of its PDF, when it is there. */
  pdf?: string;
  /** True for the current version (`<k>.json`), false for an earlier one (`<k>.vN.json`). */
  huidig: boolean;
}

/** `data/snapshots/2025-q4.json`, `…/2025-q4.v1.json`, and the PDFs beside them. */
export function snapshotPad(kwartaal: Kwartaal, versie?: number, ext: 'json' | 'pdf' = 'json'): string {
  return `${SNAPSHOT_MAP}/${kwartaalSlug(kwartaal)}${versie === undefined ? '' : `.v${versie}`}.${ext}`;
}

/** Readable and diffable: two spaces, keys in the declared order (objects are built in it), a final newline. */
export function momentopnameJson(m: Momentopname): string {
  const ordered: Momentopname = {
    schema: m.schema,
    tool: { naam: m.tool.naam, versie: m.tool.versie },
    kwartaal: m.kwartaal,
    versie: m.versie,
    vastgesteld: m.vastgesteld,
    herziening: m.herziening ? { datum: m.herziening.datum, reden: m.herziening.reden } : null,
    rapport: {
      kwartaal: m.rapport.kwartaal,
      titel: m.rapport.titel,
      samenvatting: m.rapport.samenvatting,
      verhaal: m.rapport.verhaal,
      lijnen: m.rapport.lijnen.map((l) => ({
        id: l.id,
        titel: l.titel,
        plan: {
          doelen: l.plan.doelen.map((d) => ({ id: d.id, titel: d.titel })),
          activiteiten: l.plan.activiteiten.map((a) => ({ id: a.id, wat: a.wat, ...(a.wie ? { wie: a.wie } : {}), wanneer: a.wanneer })),
        },
        do: l.do.map((a) => ({ id: a.id, wat: a.wat, status: a.status, toelichting: a.toelichting })),
        check: l.check.map((d) => ({
          id: d.id,
          titel: d.titel,
          status: d.status,
          uitleg: d.uitleg,
          indicatoren: d.indicatoren.map((i) => ({ id: i.id, naam: i.naam, status: i.status, uitleg: i.uitleg, waarde: i.waarde, meetkwartaal: i.meetkwartaal })),
        })),
        act: l.act.map((a) => ({ id: a.id, titel: a.titel, bijsturing: a.bijsturing })),
        uitgegeven: l.uitgegeven,
      })),
    },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** One difference between an approved report and another state of it. */
export interface Verschil {
  soort: 'indicator' | 'doel' | 'tekst';
  id: string;
  naam: string;
  /** `58 personen (Op koers)`; for text: `de tekst bij vaststelling`. */
  van: string;
  naar: string;
}

const metStatus = (waarde: string | null, status: Status) => `${waarde ?? 'geen meting'} (${statusLabel(status)})`;

/** Every indicator and goal whose value or status differs, and whether the narrative changed. */
export function verschillen(oud: RapportInhoud, nieuw: RapportInhoud): Verschil[] {
  const out: Verschil[] = [];
  const nieuweDoelen = new Map(nieuw.lijnen.flatMap((l) => l.check).map((d) => [d.id, d]));
  for (const doel of oud.lijnen.flatMap((l) => l.check)) {
    const nu = nieuweDoelen.get(doel.id);
    const nuIndicatoren = new Map((nu?.indicatoren ?? []).map((i) => [i.id, i]));
    for (const ind of doel.indicatoren) {
      const n = nuIndicatoren.get(ind.id);
      if (!n) out.push({ soort: 'indicator', id: ind.id, naam: ind.naam, van: metStatus(ind.waarde, ind.status), naar: 'niet meer in de gegevens' });
      else if (n.waarde !== ind.waarde || n.status !== ind.status) out.push({ soort: 'indicator', id: ind.id, naam: ind.naam, van: metStatus(ind.waarde, ind.status), naar: metStatus(n.waarde, n.status) });
    }
    if (!nu) out.push({ soort: 'doel', id: doel.id, naam: doel.titel, van: statusLabel(doel.status), naar: 'niet meer in de gegevens' });
    else if (nu.status !== doel.status) out.push({ soort: 'doel', id: doel.id, naam: doel.titel, van: statusLabel(doel.status), naar: statusLabel(nu.status) });
  }
  if (oud.verhaal.trim() !== nieuw.verhaal.trim()) out.push({ soort: 'tekst', id: 'verhaal', naam: 'De tekst van de rapportage', van: 'zoals vastgesteld', naar: 'sindsdien gewijzigd' });
  return out;
}

/** `Zij-instromers gestart: 58 personen (Op koers) → 61 personen (Op koers)`. */
export function verschilTekst(v: Verschil): string {
  return `${v.naam}: ${v.van} → ${v.naar}`;
}

/**
 * The 1-based line of `"veld": <value>` in the text as npm run vaststellen writes it (the value
 * tells apart the many fields of one name), else of the first `"veld"`, else 1.
 */
function regelVan(text: string, veld: string, value?: unknown): number {
  const exact = value === undefined ? -1 : text.indexOf(`"${veld}": ${JSON.stringify(value)}`);
  const i = exact >= 0 ? exact : text.indexOf(`"${veld}"`);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

/** The value at a path like `rapport.lijnen[0].check`. */
function waardeOp(value: unknown, pad: string): unknown {
  let v = value;
  for (const deel of pad.match(/[^.[\]]+/g) ?? []) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[deel];
  return v;
}

/** The line JSON.parse stopped at, from the position in its message. */
function jsonFoutRegel(text: string, error: unknown): { line: number; reden: string } {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/.exec(message)?.[1];
  const positie = /position (\d+)/.exec(message)?.[1];
  const reden = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
  let at = positie ? Number(positie) : undefined;
  // "… after property value": what is missing (a comma) belongs after the previous value, often a line earlier.
  if (at !== undefined && /after/.test(message)) at = text.slice(0, at).trimEnd().length;
  return { line: at !== undefined ? text.slice(0, at).split('\n').length : line ? Number(line) : 1, reden };
}

const NAAM = /^(\d{4}-q[1-4])(?:\.v([1-9]\d*))?\.(json|pdf)$/;

/**
 * Reads and checks every file of data/snapshots/. `kwartalen`: the quarter files, already read
 * (a snapshot belongs to an approved quarter). Problems have the file and line.
 */
export function leesMomentopnamen(files: RegioBestanden, kwartalen: KwartaalBestand[], problems: Problem[]): MomentopnameBestand[] {
  const soort = files.soort(SNAPSHOT_MAP);
  if (soort === 'geen') return [];
  if (soort === 'bestand') {
    files.verkeerdeSoort(SNAPSHOT_MAP, 'map', 'npm run vaststellen schrijft de momentopnamen in deze map');
    return [];
  }
  const namen = files.namen(SNAPSHOT_MAP);
  const fout = (file: string, line: number, m: Melding) => problems.push({ ...m, file, line });
  const gelezen: MomentopnameBestand[] = [];
  for (const name of namen) {
    const file = `${SNAPSHOT_MAP}/${name}`;
    const match = NAAM.exec(name);
    if (!match) {
      problems.push({ ...melding('momentopname.onbekend-bestand'), file });
      continue;
    }
    if (match[3] === 'pdf') {
      if (!namen.includes(name.replace(/\.pdf$/, '.json'))) problems.push({ ...melding('momentopname.pdf-zonder-momentopname', { naam: name.replace(/\.pdf$/, '.json') }), file });
      continue;
    }
    const bytes = files.lees(file);
    if (!bytes) continue;
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const { line, reden } = jsonFoutRegel(text, error);
      fout(file, line, melding('momentopname.geen-json', { reden }));
      continue;
    }
    const schema = (value as { schema?: unknown } | null)?.schema;
    if (typeof value === 'object' && value !== null && schema !== MOMENTOPNAME_SCHEMA) {
      fout(file, regelVan(text, 'schema'), melding('momentopname.schemaversie', { schema: JSON.stringify(schema ?? null), versie: MOMENTOPNAME_SCHEMA }));
      continue;
    }
    const gelezenWaarde = valideerMomentopname(value);
    if (!gelezenWaarde.ok) {
      const { pad, onbekend } = gelezenWaarde;
      const veld = pad.split('.').pop()?.replace(/\[\d+\]$/, '') ?? '';
      fout(file, veld ? regelVan(text, veld, waardeOp(value, pad)) : 1, melding(onbekend ? 'momentopname.onbekend-veld' : 'momentopname.vorm', { pad }));
      continue;
    }
    const m = gelezenWaarde.value;
    const kwartaal = parseKwartaal(match[1]);
    const naamVersie = match[2] ? Number(match[2]) : undefined;
    if (!kwartaal.ok) continue;
    if (m.kwartaal !== kwartaal.value || m.rapport.kwartaal !== kwartaal.value) {
      const veld = m.kwartaal !== kwartaal.value ? 'kwartaal' : 'rapport';
      fout(file, regelVan(text, veld, m.kwartaal !== kwartaal.value ? m.kwartaal : undefined), melding('momentopname.kwartaal-naam', { kwartaal: m.kwartaal !== kwartaal.value ? m.kwartaal : m.rapport.kwartaal, naam: name, verwacht: kwartaal.value }));
      continue;
    }
    if (naamVersie !== undefined && m.versie !== naamVersie) {
      fout(file, regelVan(text, 'versie', m.versie), melding('momentopname.versie-naam', { versie: m.versie, naam: name, verwacht: naamVersie }));
      continue;
    }
    const datums: [string, string][] = [['vastgesteld', m.vastgesteld], ...(m.herziening ? [['datum', m.herziening.datum] as [string, string]] : [])];
    const slechteDatum = datums.find(([, d]) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || !parseDatum(d).ok);
    if (slechteDatum) {
      fout(file, regelVan(text, slechteDatum[0], slechteDatum[1]), melding('momentopname.geen-datum', { waarde: slechteDatum[1] }));
      continue;
    }
    if (m.versie > 1 && (!m.herziening || m.herziening.reden.trim() === '')) {
      fout(file, regelVan(text, 'herziening', m.herziening ?? null), melding('momentopname.herziening-zonder-reden', { versie: m.versie }));
      continue;
    }
    const bestand = kwartalen.find((k) => k.kwartaal === kwartaal.value);
    if (!bestand?.vastgesteld) {
      const mdx = bestand?.file ?? `content/kwartalen/${match[1]}.mdx`;
      fout(file, 1, bestand
        ? melding('momentopname.concept', { kwartaal: kwartaal.value, mdx, naam: name })
        : melding('momentopname.geen-kwartaalbestand', { mdx, naam: name }));
      continue;
    }
    const pdf = name.replace(/\.json$/, '.pdf');
    gelezen.push({ momentopname: m, file, huidig: naamVersie === undefined, ...(namen.includes(pdf) ? { pdf: `${SNAPSHOT_MAP}/${pdf}` } : {}) });
  }
  // Versions of one quarter: numbered 1, 2, … with the current one last.
  const perKwartaal = new Map<string, MomentopnameBestand[]>();
  for (const b of gelezen) perKwartaal.set(b.momentopname.kwartaal, [...(perKwartaal.get(b.momentopname.kwartaal) ?? []), b]);
  const goed: MomentopnameBestand[] = [];
  for (const [kwartaal, versies] of perKwartaal) {
    const huidig = versies.find((v) => v.huidig);
    const eerdere = versies.filter((v) => !v.huidig).sort((a, b) => a.momentopname.versie - b.momentopname.versie);
    if (!huidig) {
      // A current version that was refused is reported already.
      if (namen.includes(snapshotPad(kwartaal).split('/').pop()!)) continue;
      fout(eerdere[0].file, 1, melding('momentopname.geen-huidige-versie', { naam: snapshotPad(kwartaal).split('/').pop()!, kwartaal }));
      continue;
    }
    const ontbreekt = eerdere.length !== huidig.momentopname.versie - 1 || eerdere.some((v, i) => v.momentopname.versie !== i + 1);
    if (ontbreekt) {
      const verwacht = Array.from({ length: Math.max(0, huidig.momentopname.versie - 1) }, (_, i) => snapshotPad(kwartaal, i + 1).split('/').pop()).join(', ');
      fout(huidig.file, regelVan(new TextDecoder().decode(files.lees(huidig.file)), 'versie', huidig.momentopname.versie), melding('momentopname.eerdere-versies-ontbreken', { versie: huidig.momentopname.versie, kwartaal, verwacht: verwacht || '(geen)' }));
      continue;
    }
    if (!huidig.pdf) problems.push({ ...melding('momentopname.pdf-ontbreekt', { naam: snapshotPad(kwartaal, undefined, 'pdf').split('/').pop()!, kwartaal }), file: huidig.file });
    goed.push(...eerdere, huidig);
  }
  return goed.sort((a, b) => kwartaalIndex(a.momentopname.kwartaal) - kwartaalIndex(b.momentopname.kwartaal) || a.momentopname.versie - b.momentopname.versie);
}
