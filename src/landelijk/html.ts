// The page frame of the national overview, as plain HTML strings: the region site's layout
// classes (src/styles/site.css, shipped as is), its skip link, header and footer, and its
// Content-Security-Policy (src/lib/csp.ts). Links are relative, so the overview works under
// any path of any host.
import { paginaCsp } from '../lib/csp.ts';
import { doelStatusBetekenis } from '../lib/status-vocabulaire.ts';
import type { Status } from '../lib/types.ts';

/** Escapes text for HTML content and attribute values. */
export const e = (tekst: string | number): string =>
  String(tekst).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Attributes from a record: undefined and false are left out, true is a bare attribute. */
export function attr(waarden: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(waarden)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${e(v as string | number)}"`))
    .join('');
}

export const TITEL = 'Landelijk overzicht onderwijsregio’s';
const MAX_TITEL = 70;

export interface Pagina {
  /** The page's path: `''`, `themas/`, `regios/noord/`. */
  pad: string;
  titel: string;
  beschrijving: string;
  kruimels?: { naam: string; pad: string }[];
  /** Loads the sort and filter script. */
  script?: boolean;
  inhoud: (rel: string) => string;
}

/** The relative path from a page to the site root: `./`, `../`, `../../`. */
export const relatiefNaarRoot = (pad: string) => (pad === '' ? './' : '../'.repeat(pad.split('/').filter(Boolean).length));

export function statusLabel(status: Status, rel: string): string {
  const b = doelStatusBetekenis(status);
  return `<span class="status status--${status}"><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><use href="${rel}status-iconen.svg#${b.icoon}"></use></svg>${e(b.label)}</span>`;
}

const NAVIGATIE = [
  { naam: 'Regio’s', pad: '' },
  { naam: 'Thema’s en onderdelen', pad: 'themas/' },
  { naam: 'Per kwartaal', pad: 'kwartalen/' },
  { naam: 'Open data', pad: 'open-data/' },
];

export function paginaHtml(p: Pagina, gemaakt: string): string {
  const rel = relatiefNaarRoot(p.pad);
  const volledig = p.pad === '' ? TITEL : `${p.titel} – ${TITEL}`;
  const titel = volledig.length <= MAX_TITEL ? volledig : p.titel.length <= MAX_TITEL ? p.titel : `${p.titel.slice(0, MAX_TITEL - 1)}…`;
  const huidig = (pad: string) => (pad === '' ? p.pad === '' : p.pad.startsWith(pad));
  const kruimels = p.kruimels?.length
    ? `<nav class="kruimelpad" aria-label="Kruimelpad"><ol>${p.kruimels.map((k) => `<li><a href="${rel}${k.pad}">${e(k.naam)}</a></li>`).join('')}<li aria-current="page">${e(p.titel)}</li></ol></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${e(paginaCsp())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>
<meta name="description" content="${e(p.beschrijving)}">
<link rel="stylesheet" href="${rel}stijl.css">
<link rel="icon" href="${rel}favicon.svg" type="image/svg+xml">
${p.script ? `<script type="module" src="${rel}landelijk.js"></script>\n` : ''}</head>
<body>
<a class="skiplink" href="#inhoud">Naar de inhoud</a>
<header class="kop">
<div class="pagina kop__binnen">
<a class="kop__naam" href="${rel}">${e(TITEL)}<span>Voor de Realisatie-Eenheid en iedereen die de regio’s volgt</span></a>
<nav class="navigatie" aria-label="Hoofdmenu">
<ul>${NAVIGATIE.map((n) => `<li><a href="${rel}${n.pad}"${huidig(n.pad) ? ' aria-current="page"' : ''}>${e(n.naam)}</a></li>`).join('')}</ul>
</nav>
</div>
</header>
<div class="pagina">
${kruimels}<main id="inhoud" tabindex="-1">
${p.inhoud(rel)}
</main>
</div>
<footer class="voet">
<div class="pagina voet__kolommen">
<section aria-labelledby="voet-over">
<h2 id="voet-over">Over dit overzicht</h2>
<p>Gemaakt op ${e(gemaakt)} met onderwijsregio-monitor uit de open data die elke regio op haar eigen site publiceert. Elke status is die van de regio zelf.</p>
</section>
<section aria-labelledby="voet-meer">
<h2 id="voet-meer">Meer</h2>
<ul>
<li><a href="${rel}open-data/">Alle gegevens als CSV en JSON</a></li>
</ul>
</section>
</div>
</footer>
</body>
</html>
`;
}

/** A table in the site's scrolling wrapper: focusable, so a keyboard user can scroll it. */
export function tabel(id: string, caption: string, kop: string, rijen: string, extra: Record<string, string | boolean | undefined> = {}): string {
  return `<div class="tabel-wrapper" role="group" tabindex="0" aria-labelledby="${id}"><table${attr(extra)}><caption id="${id}">${caption}</caption><thead><tr>${kop}</tr></thead><tbody>${rijen}</tbody></table></div>`;
}
