// The contract tables of docs/gegevens.md, derived from the declarations. Each table stands
// between `<!-- contract:<naam> -->` and `<!-- /contract -->`; `npm run docs:contract` writes
// them and test/lib/contract.test.ts fails when the file is not up to date.
import { CONTRACT } from './index.ts';
import type { Declaratie, KolomSpec } from './kolom.ts';

const code = (v: unknown) => `\`${String(v)}\``;
const VERWIJZING: Record<string, string> = {
  lijnen: 'id van een lijn: de naam van een bestand in `content/lijnen/` zonder `.mdx`',
  themas: 'thema (zie hieronder)',
};

/** The docs' "Toegestane waarden" for a kind. */
export function toegestaan(spec: KolomSpec): string {
  if (spec.waarden) return spec.waarden;
  switch (spec.soort) {
    case 'id':
      return 'id';
    case 'verwijzing':
      return VERWIJZING[spec.naar ?? ''] ?? `id uit \`${spec.naar}.csv\``;
    case 'tekst':
      return 'tekst';
    case 'kwartaal':
      return 'kwartaal';
    case 'datum':
      return 'datum';
    case 'periode':
      return 'jaar (`2025`), kwartaal (`2025-Q4`) of datum (`2025-10-01`)';
    case 'janee':
      return 'ja/nee';
    case 'keuze':
      return (spec.keuzes ?? []).map(code).join(', ');
    case 'lijst':
      return `lijst van ${spec.item?.soort === 'keuze' ? (spec.item.keuzes ?? []).map(code).join(', ') : spec.item?.naar === 'themas' ? "thema's (zie hieronder)" : spec.item?.soort === 'verwijzing' && spec.item.naar !== 'themas' ? `id's uit \`${spec.item.naar}.csv\`` : "id's"}`;
    case 'getal': {
      let tekst = spec.geheel ? 'heel getal' : 'getal';
      const b = spec.bereik;
      if (b) tekst += Number.isFinite(b.max) ? ` van ${b.min} tot en met ${b.max}` : `, ${b.min} of hoger`;
      if (spec.procent === false && spec.euro === false) tekst += ', zonder `%` of `€`';
      else if (spec.procent === false) tekst += '; `€` en `,-` mogen, `%` niet';
      if (spec.verplichting === 'kolom') tekst += ' of leeg';
      return tekst;
    }
    case 'blok':
      return '';
  }
}

const VERPLICHT = { ja: 'ja', kolom: 'ja (kolom)', nee: 'nee' } as const;

/** One contract table in Markdown. */
export function contractTabel(declaratie: Declaratie, csv: boolean): string {
  const regels = [`| ${csv ? 'Kolom' : 'Veld'} | Verplicht | Wat vult u in | Toegestane waarden |`, '|---|---|---|---|'];
  for (const [naam, { spec }] of Object.entries(declaratie)) {
    // Implicit defaults (an empty list, nee) need no mention; a declared one is said once, here.
    const impliciet = spec.soort === 'lijst' || spec.soort === 'janee';
    const standaard = spec.standaard !== undefined && !impliciet ? ` Standaard ${code(spec.standaard)}.` : '';
    regels.push(`| \`${naam}\` | ${VERPLICHT[spec.verplichting]} | ${spec.uitleg ?? ''}${standaard} | ${toegestaan(spec)} |`);
  }
  return regels.join('\n');
}

const MARKER = /<!-- contract:([^ ]+) -->\n[\s\S]*?<!-- \/contract -->/g;

/** The document with every contract table regenerated; throws on a marker without a declaration. */
export function werkContractBij(markdown: string): string {
  return markdown.replace(MARKER, (_m, naam: string) => {
    const declaratie = CONTRACT[naam];
    if (!declaratie) throw new Error(`docs: geen declaratie voor <!-- contract:${naam} -->`);
    return `<!-- contract:${naam} -->\n${contractTabel(declaratie, naam.endsWith('.csv'))}\n<!-- /contract -->`;
  });
}

/** The names with a table in the document. */
export function contractNamen(markdown: string): string[] {
  return [...markdown.matchAll(MARKER)].map((m) => m[1]);
}
