// The report's PDF from a checked model: build the site into a folder of its own, print the
// report page, set title, language and XMP. Shared by `npm run pdf` and `npm run vaststellen`.
import { kwartaalLang, kwartaalSlug } from '../../lib/quarters.ts';
import type { Modus, Monitor } from '../../lib/model.ts';
import type { PdfSite } from './bouw.ts';

export interface RapportPdf {
  bytes: Uint8Array;
  paginas: number;
  titel: string;
}

/**
 * `bijSite` hears of the build folder as soon as it exists, so a command interrupted by a
 * signal can remove it; it is removed here after printing, also on failure.
 */
export async function maakRapportPdf(options: { regioDir: string; monitor: Monitor; modus: Modus; kwartaal: string; browserPad: string; bijSite?: (site: PdfSite) => void }): Promise<RapportPdf> {
  const { regioDir, monitor, modus, browserPad } = options;
  const rapport = monitor.kwartalen.find((k) => k.kwartaal === options.kwartaal);
  if (!rapport) throw new Error(`Er is geen kwartaalrapportage voor ${options.kwartaal}.`);
  const { bouwPdfSite } = await import('./bouw.ts');
  const { drukAf } = await import('./afdruk.ts');
  const { zetPdfGegevens } = await import('../../lib/pdf-metadata.ts');
  const titel = `Kwartaalrapportage ${kwartaalLang(rapport.kwartaal)} – ${monitor.regio.naam}${rapport.concept ? ' (concept)' : ''}`;
  const site = await bouwPdfSite({ regioDir, monitor, modus });
  options.bijSite?.(site);
  try {
    const base = `/${(process.env.MONITOR_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    const afdruk = await drukAf({ siteDir: site.siteDir, base, pagina: `kwartalen/${kwartaalSlug(rapport.kwartaal)}/`, browserPad, site: monitor.regio.site });
    const { bytes, paginas } = await zetPdfGegevens(afdruk.pdf, {
      titel,
      auteur: monitor.regio.naam,
      onderwerp: rapport.samenvatting,
      trefwoorden: ['kwartaalrapportage', rapport.kwartaal, monitor.regio.kortenaam, 'onderwijsregio', ...(rapport.concept ? ['concept'] : [])],
      taal: 'nl',
      gemaakt: new Date(),
      tekenaar: afdruk.browser,
    });
    return { bytes, paginas, titel };
  } finally {
    site.opruimen();
  }
}
