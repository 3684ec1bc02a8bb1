// What the end-to-end tests look at: the page types of a built site, discovered from the
// output itself (first line, the meetbaar goal with the most charts, the latest quarter, …),
// and small helpers to read the built HTML.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { HtmlElement } from 'html-validate';

export interface PaginaType {
  /** Short name used in test names and screenshot files, e.g. `doel-meetbaar`. */
  type: string;
  /** URL path on the site, e.g. `/doelen/minder-vacatures/`. */
  pad: string;
  /** The page is expected to answer 404 (the not-found page). */
  nietGevonden?: boolean;
}

/** Top-level routes the site always has; everything else at the top is an extra page. */
const VASTE_PAGINAS = ['begrippen', 'methode', 'kerncijfers', 'partijen', 'verantwoording', 'open-data', 'toegankelijkheid', 'zoeken'];
const VASTE_ROUTES = ['lijnen', 'doelen', 'kwartalen', ...VASTE_PAGINAS];
/** Top-level folders that are not pages. */
const GEEN_PAGINA = new Set(['_astro', 'pagefind', 'downloads']);

function submappen(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Every built HTML file of a site, as absolute paths, sorted. */
export function htmlBestanden(root: string): string[] {
  const uit: string[] = [];
  const loop = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const pad = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === root && GEEN_PAGINA.has(entry.name)) continue;
        loop(pad);
      } else if (entry.name.endsWith('.html')) uit.push(pad);
    }
  };
  loop(root);
  return uit.sort();
}

/** The URL path a built HTML file is served at (`doelen/x/index.html` → `/doelen/x/`). */
export function urlPad(root: string, bestand: string): string {
  const rel = relative(root, bestand).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function leesHtml(root: string, pad: string): string {
  const bestand = join(root, pad.endsWith('/') ? `${pad}index.html` : pad);
  return readFileSync(bestand, 'utf8');
}

/** Ids of the goals, from the built goal pages. */
export function doelIds(root: string): string[] {
  return submappen(join(root, 'doelen'));
}

function aantalGrafieken(html: string): number {
  return (html.match(/data-grafiek[\s>]/g) ?? []).length;
}

/**
 * The page types of a built site. Discovered from the output, so the suite follows the data:
 * the meetbaar goal with the most charts, the first merkbaar goal, the first line, the newest
 * quarter, and every extra top-level page (e.g. `/over/`).
 */
export function paginaTypen(root: string): PaginaType[] {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`Geen gebouwde site in ${root}: eerst bouwen (npm run test:site doet dat).`);
  const typen: PaginaType[] = [{ type: 'home', pad: '/' }];
  const lijnen = submappen(join(root, 'lijnen'));
  typen.push({ type: 'lijnen', pad: '/lijnen/' });
  if (lijnen[0]) typen.push({ type: 'lijn', pad: `/lijnen/${lijnen[0]}/` });

  typen.push({ type: 'doelen', pad: '/doelen/' });
  const doelen = doelIds(root).map((id) => {
    const html = leesHtml(root, `/doelen/${id}/`);
    return { id, grafieken: aantalGrafieken(html), merkbaar: html.includes('merkbaar (beoordeeld door de regio)') };
  });
  const meetbaar = doelen.filter((d) => !d.merkbaar && d.grafieken > 0).sort((a, b) => b.grafieken - a.grafieken || a.id.localeCompare(b.id))[0];
  if (meetbaar) typen.push({ type: 'doel-meetbaar', pad: `/doelen/${meetbaar.id}/` });
  const merkbaar = doelen.find((d) => d.merkbaar);
  if (merkbaar) typen.push({ type: 'doel-merkbaar', pad: `/doelen/${merkbaar.id}/` });

  typen.push({ type: 'kwartalen', pad: '/kwartalen/' });
  const kwartalen = submappen(join(root, 'kwartalen')).filter((k) => /^\d{4}-q[1-4]$/.test(k));
  const nieuwste = kwartalen[kwartalen.length - 1];
  if (nieuwste) typen.push({ type: 'kwartaal', pad: `/kwartalen/${nieuwste}/` });
  // A report rendered from its snapshot, with a revision notice when there is one.
  const bevroren = kwartalen.map((k) => ({ k, html: leesHtml(root, `/kwartalen/${k}/`) })).filter((r) => r.html.includes('data-bevroren'));
  const metRevisie = bevroren.find((r) => r.html.includes('data-revisie')) ?? bevroren[0];
  if (metRevisie && metRevisie.k !== nieuwste) typen.push({ type: 'kwartaal-bevroren', pad: `/kwartalen/${metRevisie.k}/` });
  if (existsSync(join(root, 'kwartalen/herzieningen/index.html'))) typen.push({ type: 'herzieningen', pad: '/kwartalen/herzieningen/' });

  for (const route of VASTE_PAGINAS) {
    if (existsSync(join(root, route, 'index.html'))) typen.push({ type: route, pad: `/${route}/` });
  }
  for (const extra of submappen(root)) {
    if (VASTE_ROUTES.includes(extra) || GEEN_PAGINA.has(extra)) continue;
    typen.push({ type: `pagina-${extra}`, pad: `/${extra}/` });
  }
  if (existsSync(join(root, '404.html'))) typen.push({ type: '404', pad: '/bestaat-niet/', nietGevonden: true });
  return typen;
}

/** Whether a path on disk is a file (not a folder). */
export function isBestand(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Attribute values as written in HTML, decoded. */
export function ontsnap(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface Verwijzing {
  element: string;
  attribuut: string;
  waarde: string;
}

/** Every reference of a parsed page: href, src, srcset candidates, Pagefind's bundle. */
export function verwijzingen(document: HtmlElement): Verwijzing[] {
  const uit: Verwijzing[] = [];
  for (const el of document.querySelectorAll('[href], [src], [srcset], [data-bundel]')) {
    for (const attribuut of ['href', 'src']) {
      const waarde = el.getAttributeValue(attribuut);
      if (waarde !== null) uit.push({ element: el.tagName, attribuut, waarde: ontsnap(waarde) });
    }
    const srcset = el.getAttributeValue('srcset');
    if (srcset) {
      for (const kandidaat of ontsnap(srcset).split(',')) {
        const url = kandidaat.trim().split(/\s+/)[0];
        if (url) uit.push({ element: el.tagName, attribuut: 'srcset', waarde: url });
      }
    }
    // The search page loads Pagefind from this folder at run time.
    const bundel = el.getAttributeValue('data-bundel');
    if (bundel) uit.push({ element: el.tagName, attribuut: 'data-bundel', waarde: `${ontsnap(bundel)}pagefind.js` });
  }
  return uit;
}
