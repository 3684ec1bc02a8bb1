// The pages of the national overview: they render the model (src/lib/landelijk/overzicht.ts)
// and compute nothing about a region themselves.
import { formatDatum, formatWaarde } from '../lib/format.ts';
import { procentTekst } from '../lib/paginas/budget.ts';
import { kwartaalLang } from '../lib/quarters.ts';
import { doelStatusBetekenis } from '../lib/status-vocabulaire.ts';
import { aantalTekst } from '../lib/paginas/gedeeld.ts';
import { KOLOM_UITLEG, LANDELIJK_JSON, LANDELIJK_SCHEMA, STATUSSEN_CSV } from '../lib/landelijk/downloads.ts';
import { SECTOR_NAMEN } from '../lib/partij-vocabulaire.ts';
import type { Sector } from '../lib/types.ts';
import { regioLink, STATUS_VOLGORDE, type LandelijkOverzicht, type RegioOverzicht, type Telling } from '../lib/landelijk/overzicht.ts';
import { attr, e, statusLabel, tabel, type Pagina } from './html.ts';

const datum = (iso: string | null) => (iso ? formatDatum(iso) : '–');
const kwartaal = (k: string | null) => (k ? kwartaalLang(k) : 'nog geen');

function statusKoppen(rel: string, sorteerbaar = false): string {
  return STATUS_VOLGORDE.map((s) => `<th scope="col" class="getal"${attr({ 'data-sorteer-soort': sorteerbaar ? 'getal' : undefined })}>${statusLabel(s, rel)}</th>`).join('');
}

/** One cell per status: `data-status` and `data-aantal` let a reader (or a test) take the counts. */
function statusCellen(t: Telling): string {
  return STATUS_VOLGORDE.map((s) => `<td class="getal" data-status="${s}" data-aantal="${t[s]}" data-sorteer="${t[s]}">${t[s]}</td>`).join('');
}

function deel(r: RegioOverzicht): string {
  return r.budget.deel === null ? 'geen budget' : `${procentTekst(r.budget.deel)} tot en met ${r.budget.tot_en_met_jaar}`;
}

function nietIngelezenBlok(o: LandelijkOverzicht): string {
  if (o.nietIngelezen.length === 0) return '';
  return `<section aria-labelledby="niet-ingelezen" class="melding" data-niet-ingelezen>
<h2 id="niet-ingelezen">Niet ingelezen (${o.nietIngelezen.length})</h2>
<p>Deze bronnen staan niet in het overzicht. De reden staat erbij; het JSON-pad wijst de plek in het bestand aan.</p>
<ul>${o.nietIngelezen.map((n) => `<li data-bron="${e(n.adres)}"><strong>niet ingelezen:</strong> <code>${e(n.adres)}</code>${n.pad ? ` – bij <code>${e(n.pad)}</code>` : ''}: ${e(n.reden)}</li>`).join('')}</ul>
</section>`;
}

function regioTabel(o: LandelijkOverzicht, rel: string): string {
  const kop = [
    '<th scope="col" data-sorteer-soort="tekst">Regio</th>',
    '<th scope="col" data-sorteer-soort="tekst">Sectoren</th>',
    '<th scope="col" data-sorteer-soort="tekst">Regeling</th>',
    '<th scope="col" data-sorteer-soort="tekst">Laatst vastgesteld</th>',
    `<th scope="col" data-sorteer-soort="tekst">${e(kwartaalLang(o.laatsteAfgesloten))}</th>`,
    '<th scope="col" class="getal" data-sorteer-soort="getal">Doelen</th>',
    statusKoppen(rel, true),
    '<th scope="col" data-sorteer-soort="getal">Onderdelen niet gedekt</th>',
    '<th scope="col" data-sorteer-soort="getal">Budget uitgegeven</th>',
  ].join('');
  const rijen = o.regios.map((r) => {
    const filter = attr({ 'data-regio': r.id, 'data-naam': r.naam.toLowerCase(), 'data-sectoren': r.sectoren.join(' '), 'data-regeling': r.regeling.slug, 'data-achterstand': r.achterstand ? 'ja' : 'nee' });
    return `<tr${filter}>
<th scope="row" data-sorteer="${e(r.naam)}"><a href="${rel}regios/${r.id}/">${e(r.naam)}</a></th>
<td>${e(r.sectoren.join(', '))}</td>
<td>${e(r.regeling.naam)}</td>
<td data-sorteer="${e(r.laatsteKwartaal ?? '')}">${e(kwartaal(r.laatsteKwartaal))}${r.laatsteVastgesteld ? `<br><span class="zacht">vastgesteld ${e(datum(r.laatsteVastgesteld))}</span>` : ''}</td>
<td data-sorteer="${r.achterstand ? '0' : '1'}">${r.achterstand ? '<strong>nog niet gerapporteerd</strong>' : 'gerapporteerd'}</td>
<td class="getal" data-sorteer="${r.aantalDoelen}">${r.aantalDoelen}</td>
${statusCellen(r.telling)}
<td data-sorteer="${r.nietGedekt.length}" data-niet-gedekt="${r.nietGedekt.length}">${r.nietGedekt.length === 0 ? 'geen' : `${r.nietGedekt.length}<span class="niet-gedekt-namen">${e(r.nietGedekt.map((n) => n.titel).join(', '))}</span>`}</td>
<td data-sorteer="${r.budget.deel ?? -1}">${e(deel(r))}</td>
</tr>`;
  }).join('\n');
  // Sectors as their codes (as in the filter): written out they made every row five lines high.
  // `mbo` is its own word (as on /partijen/).
  const codes = [...new Set(o.regios.flatMap((r) => r.sectoren))].filter((c) => c !== 'mbo').sort();
  const uitleg = codes.length === 0 ? '' : `\n<p class="zacht">Sectoren: ${codes.map((c) => `${e(c)} = ${e(SECTOR_NAMEN[c as Sector] ?? c)}`).join(', ')}.</p>`;
  return tabel('regios-kop', `Alle regio’s: de status van hun doelen in hun huidige kwartaal (${aantalTekst(o.regios.length, 'regio', 'regio’s')})`, kop, rijen, { 'data-regiotabel': true }) + uitleg;
}

function filters(o: LandelijkOverzicht): string {
  const sectoren = [...new Set(o.regios.flatMap((r) => r.sectoren))].sort();
  const regelingen = [...new Map(o.regios.map((r) => [r.regeling.slug, r.regeling.naam]))];
  return `<fieldset class="filters" data-filters hidden>
<legend class="visueel-verborgen">Regio’s filteren</legend>
<div class="filters__velden">
<div><label for="filter-naam">Naam bevat</label><input id="filter-naam" name="naam" type="search" autocomplete="off"></div>
<div><label for="filter-sector">Sector</label><select id="filter-sector" name="sector"><option value="">Alle sectoren</option>${sectoren.map((s) => `<option value="${e(s)}">${e(s)}</option>`).join('')}</select></div>
<div><label for="filter-regeling">Regeling</label><select id="filter-regeling" name="regeling"><option value="">Alle regelingen</option>${regelingen.map(([slug, naam]) => `<option value="${e(slug)}">${e(naam)}</option>`).join('')}</select></div>
<div><label><input id="filter-achterstand" name="achterstand" type="checkbox" value="ja"> Alleen regio’s die het afgelopen kwartaal nog niet rapporteerden</label></div>
</div>
<p class="filters__aantal" role="status" data-aantal-getoond>${aantalTekst(o.regios.length, 'regio', 'regio’s')} getoond</p>
</fieldset>`;
}

function samenvatting(o: LandelijkOverzicht, rel: string): string {
  const perStatus = STATUS_VOLGORDE.map((s) => `<tr><th scope="row">${statusLabel(s, rel)}</th><td class="getal" data-landelijk-status="${s}">${o.telling[s]}</td></tr>`).join('');
  const soortKop = `<th scope="col">Soort lijn</th><th scope="col" class="getal">Doelen</th>${statusKoppen(rel)}`;
  const soortRijen = o.perLijnsoort.map((s) => `<tr data-lijnsoort="${s.soort}"><th scope="row">${e(s.label)}</th><td class="getal">${s.aantalDoelen}</td>${STATUS_VOLGORDE.map((st) => `<td class="getal">${s.telling[st]}</td>`).join('')}</tr>`).join('');
  return `<section aria-labelledby="landelijk">
<h2 id="landelijk">Landelijk: alle doelen samen</h2>
<p>${aantalTekst(o.aantalDoelen, 'doel', 'doelen')} in ${aantalTekst(o.regios.length, 'regio', 'regio’s')}, elk met de status uit het huidige kwartaal van de regio.</p>
${tabel('per-status', 'Doelen per status', '<th scope="col">Status</th><th scope="col" class="getal">Doelen</th>', perStatus)}
${tabel('per-lijnsoort', 'Doelen per soort lijn en status', soortKop, soortRijen)}
<p><a href="${rel}themas/">Per thema en per onderdeel van de regeling</a> · <a href="${rel}kwartalen/">De ontwikkeling per kwartaal</a></p>
</section>`;
}

export function homePagina(o: LandelijkOverzicht): Pagina {
  return {
    pad: '',
    titel: 'Regio’s',
    beschrijving: 'De voortgang van alle onderwijsregio’s op één plek: de status van hun doelen, de dekking van de regeling en het budget.',
    script: true,
    inhoud: (rel) => `<h1>Landelijk overzicht onderwijsregio’s</h1>
<p class="inleiding">${aantalTekst(o.regios.length, 'regio', 'regio’s')} ingelezen. Per regio ziet u het laatste vastgestelde kwartaal, hoeveel doelen elke status hebben, welke onderdelen van de regeling nog geen doel hebben en hoeveel van het budget is uitgegeven. Het afgelopen kwartaal is het ${e(kwartaalLang(o.laatsteAfgesloten))}.</p>
${nietIngelezenBlok(o)}
<section aria-labelledby="regios">
<h2 id="regios">Regio’s</h2>
${filters(o)}
${regioTabel(o, rel)}
<p class="zacht">Tip: met JavaScript kunt u de tabel sorteren (klik op een kolomkop) en filteren.</p>
</section>
${samenvatting(o, rel)}`,
  };
}

function regioLinkHtml(r: RegioOverzicht, pad: string, tekst: string): string {
  const href = regioLink(r.site, pad);
  return href ? `<a href="${e(href)}">${e(tekst)}</a>` : e(tekst);
}

export function regioPagina(o: LandelijkOverzicht, r: RegioOverzicht): Pagina {
  const lijnen = r.lijnen.map((l) => {
    const rijen = l.doelen.map((d) => `<tr data-doel="${e(d.id)}"><th scope="row">${d.link ? `<a href="${e(d.link)}">${e(d.titel)}</a>` : e(d.titel)}</th><td data-status="${d.status}">${statusLabel(d.status, '../../')}</td><td>${e(d.uitleg)}${d.toelichting ? `<br><span class="zacht">Check: ${e(d.toelichting)}</span>` : ''}${d.bijsturing ? `<br><span class="zacht">Act: ${e(d.bijsturing)}</span>` : ''}</td></tr>`).join('');
    return `<section aria-labelledby="lijn-${e(l.id)}">
<h3 id="lijn-${e(l.id)}">${e(l.titel)}</h3>
<p>${l.soort ? `${e(l.soort === 'overkoepelend' ? 'Overkoepelende' : 'Inhoudelijke')} lijn. ` : ''}${e(l.samenvatting)}</p>
${l.doelen.length ? tabel(`doelen-${e(l.id)}`, `Doelen van ${e(l.titel)}`, '<th scope="col">Doel</th><th scope="col">Status</th><th scope="col">Waarom</th>', rijen) : '<p>Deze lijn heeft geen doelen.</p>'}
</section>`;
  }).join('\n');
  const elementen = r.elementen.map((el) => `<tr data-element="${e(el.thema)}" data-gedekt="${el.gedekt}"><th scope="row">${e(el.titel)}</th><td>${el.gedekt === 'ja' ? 'gedekt' : el.gedekt === 'nee' ? '<strong>niet gedekt</strong>' : 'niet van toepassing'}</td><td>${el.doelen.length === 0 ? '–' : STATUS_VOLGORDE.filter((s) => el.telling[s] > 0).map((s) => `${el.telling[s]} ${e(doelStatusBetekenis(s).label)}`).join(', ')}</td></tr>`).join('');
  const b = r.budget;
  return {
    pad: `regios/${r.id}/`,
    titel: r.naam,
    beschrijving: `De voortgang van ${r.naam}: de status van de doelen per lijn, de dekking van de regeling en het budget.`,
    kruimels: [{ naam: 'Regio’s', pad: '' }],
    inhoud: (rel) => `<h1>${e(r.naam)}</h1>
<dl class="eigenschappen">
<dt>Sectoren</dt><dd>${e(r.sectorTekst)}</dd>
<dt>Regeling</dt><dd>${e(r.regeling.naam)}</dd>
<dt>Huidig kwartaal</dt><dd>${e(kwartaalLang(r.huidigKwartaal))}${r.huidigVastgesteld ? `, vastgesteld op ${e(datum(r.huidigVastgesteld))}` : ''}</dd>
<dt>Afgelopen kwartaal</dt><dd>${e(kwartaalLang(o.laatsteAfgesloten))}: ${r.achterstand ? '<strong>nog niet gerapporteerd</strong>' : 'gerapporteerd'}</dd>
<dt>Eigen site</dt><dd>${r.site ? `<a href="${e(r.site)}">${e(r.site)}</a>` : 'onbekend (de regio noemt geen webadres)'}</dd>
<dt>Bron</dt><dd><code>${e(r.adres)}</code> (schemaversie ${r.schemaversie})</dd>
</dl>
<section aria-labelledby="status">
<h2 id="status">Status van de doelen</h2>
${tabel('status-kop', `Doelen per status in het ${e(kwartaalLang(r.huidigKwartaal))}`, `<th scope="col" class="getal">Doelen</th>${STATUS_VOLGORDE.map((s) => `<th scope="col" class="getal">${statusLabel(s, rel)}</th>`).join('')}`, `<tr data-regio="${r.id}"><td class="getal">${r.aantalDoelen}</td>${statusCellen(r.telling)}</tr>`)}
<h2>Lijnen en doelen</h2>
${lijnen}
</section>
<section aria-labelledby="dekking">
<h2 id="dekking">Dekking van de regeling</h2>
<p>${r.nietGedekt.length === 0 ? 'Elk onderdeel dat voor deze regio geldt, heeft minstens één doel.' : `${aantalTekst(r.nietGedekt.length, 'onderdeel heeft', 'onderdelen hebben')} nog geen doel.`} Zie ook ${regioLinkHtml(r, 'verantwoording/', 'de verantwoording op de site van de regio')}.</p>
${tabel('dekking-kop', `Onderdelen van de regeling ${e(r.regeling.naam)}`, '<th scope="col">Onderdeel</th><th scope="col">Dekking</th><th scope="col">Doelen per status</th>', elementen)}
</section>
<section aria-labelledby="budget">
<h2 id="budget">Budget</h2>
${tabel('budget-kop', `Budget en uitgaven tot en met ${b.tot_en_met_jaar}`, '<th scope="col" class="getal">Begroot</th><th scope="col" class="getal">Uitgegeven</th><th scope="col" class="getal">Deel uitgegeven</th>', `<tr><td class="getal">${e(formatWaarde(b.begroot, 'euro'))}</td><td class="getal">${e(formatWaarde(b.uitgegeven, 'euro'))}</td><td class="getal">${e(procentTekst(b.deel))}</td></tr>`)}
${b.begroot_later > 0 ? `<p>Voor de jaren na ${b.tot_en_met_jaar} is nog ${e(formatWaarde(b.begroot_later, 'euro'))} begroot.</p>` : ''}
</section>`,
  };
}

export function themasPagina(o: LandelijkOverzicht): Pagina {
  const blokken = o.themas.map((t) => {
    const rijen = t.regios.map((r) => `<tr data-regio="${r.id}"><th scope="row"><a href="../regios/${r.id}/">${e(r.naam)}</a></th>${t.isElement ? `<td>${r.gedekt === 'ja' ? 'gedekt' : r.gedekt === 'nee' ? '<strong>niet gedekt</strong>' : r.gedekt === 'nvt' ? 'niet van toepassing' : 'geen onderdeel van de regeling'}</td>` : ''}<td class="getal">${r.aantalDoelen}</td>${STATUS_VOLGORDE.map((s) => `<td class="getal">${r.telling[s]}</td>`).join('')}</tr>`).join('');
    const kop = `<th scope="col">Regio</th>${t.isElement ? '<th scope="col">Dekking</th>' : ''}<th scope="col" class="getal">Doelen</th>${statusKoppen('../')}`;
    const met = t.regios.filter((r) => r.aantalDoelen > 0).length;
    return `<section aria-labelledby="thema-${e(t.thema)}" data-thema="${e(t.thema)}">
<h3 id="thema-${e(t.thema)}">${e(t.titel.charAt(0).toUpperCase() + t.titel.slice(1))}</h3>
<p>${aantalTekst(met, 'regio heeft', 'regio’s hebben')} doelen met dit thema.</p>
${tabel(`tabel-${e(t.thema)}`, `Regio’s bij ${e(t.titel)}`, kop, rijen)}
</section>`;
  });
  const elementen = o.themas.filter((t) => t.isElement);
  const overige = o.themas.filter((t) => !t.isElement);
  const inhoud = `<h1>Thema’s en onderdelen</h1>
<p class="inleiding">Per onderdeel dat de regeling vraagt, en per ander thema: welke regio’s er doelen op hebben en hoe die ervoor staan in het huidige kwartaal van de regio.</p>
<h2>Onderdelen van de regeling</h2>
${blokken.filter((_, i) => o.themas[i].isElement).join('\n')}
${overige.length ? `<h2>Andere thema’s</h2>\n${blokken.filter((_, i) => !o.themas[i].isElement).join('\n')}` : ''}
${elementen.length === 0 ? '<p>Geen enkele regio is ingelezen.</p>' : ''}`;
  return { pad: 'themas/', titel: 'Thema’s en onderdelen', beschrijving: 'Per thema en per onderdeel van de regeling: welke regio’s er doelen op hebben en hoe die ervoor staan.', kruimels: [{ naam: 'Regio’s', pad: '' }], inhoud: () => inhoud };
}

export function kwartalenPagina(o: LandelijkOverzicht): Pagina {
  const rijen = o.kwartalen.map((k) => `<tr data-kwartaal="${k.kwartaal}"><th scope="row">${e(kwartaalLang(k.kwartaal))}</th><td class="getal">${k.regios}</td>${STATUS_VOLGORDE.map((s) => `<td class="getal">${k.telling[s]}</td>`).join('')}</tr>`).join('');
  return {
    pad: 'kwartalen/',
    titel: 'Per kwartaal',
    beschrijving: 'De ontwikkeling over de kwartalen: hoeveel doelen van alle regio’s samen elke status hadden.',
    kruimels: [{ naam: 'Regio’s', pad: '' }],
    inhoud: (rel) => `<h1>Per kwartaal</h1>
<p class="inleiding">Voor elk vastgesteld kwartaal: hoeveel regio’s erover rapporteerden, en hoeveel van hun doelen elke status hadden. Een regio telt mee in de kwartalen die zij heeft vastgesteld.</p>
${tabel('kwartalen-kop', 'Doelen per status per kwartaal, alle regio’s samen', `<th scope="col">Kwartaal</th><th scope="col" class="getal">Regio’s</th>${statusKoppen(rel)}`, rijen)}`,
  };
}

export function downloadsPagina(o: LandelijkOverzicht): Pagina {
  const kolommen = KOLOM_UITLEG.map((k) => `<tr><th scope="row"><code>${e(k.kolom)}</code></th><td>${e(k.uitleg)}</td></tr>`).join('');
  return {
    pad: 'open-data/',
    titel: 'Open data',
    beschrijving: 'Alle doelen en indicatoren van alle regio’s met hun status per kwartaal, als CSV en JSON.',
    kruimels: [{ naam: 'Regio’s', pad: '' }],
    inhoud: (rel) => `<h1>Open data</h1>
<p class="inleiding">Alle doelen en indicatoren van de ${aantalTekst(o.regios.length, 'regio', 'regio’s')}, met hun status in elk vastgesteld kwartaal. Elke rij noemt de regio, het bestand waar de rij uit komt en de pagina van het doel op de site van de regio.</p>
<ul>
<li><a class="download" href="${rel}${STATUSSEN_CSV}">statussen.csv</a>: voor Excel (puntkomma’s, komma als decimaalteken).</li>
<li><a class="download" href="${rel}${LANDELIJK_JSON}">landelijk.json</a>: dezelfde rijen, met de ingelezen regio’s en de bronnen die niet zijn ingelezen.</li>
<li><a class="download" href="${rel}${LANDELIJK_SCHEMA}">JSON Schema van landelijk.json</a>.</li>
</ul>
${tabel('kolommen-kop', 'De kolommen van statussen.csv', '<th scope="col">Kolom</th><th scope="col">Betekenis</th>', kolommen)}`,
  };
}

/** Every page of the overview. */
export function paginas(o: LandelijkOverzicht): Pagina[] {
  return [homePagina(o), ...o.regios.map((r) => regioPagina(o, r)), themasPagina(o), kwartalenPagina(o), downloadsPagina(o)];
}
