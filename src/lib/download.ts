// CSV downloads for people: open correctly in Dutch Excel with a double click
// (UTF-8 with BOM, `;`, decimal comma, CRLF) and guard against formula injection.
import { afgeschermd, isOnderdrukt } from './suppress.ts';
import { afgerond, onderdruktTekst } from './leestekst.ts';
import type { IndicatorView, Monitor } from './model.ts';

/** Where an indicator's download lives in the site folder (the build writes it there). */
export const indicatorCsvPad = (id: string) => `downloads/indicatoren/${id}.csv`;

export type Cel = string | number | null | undefined;

/** A text cell that Excel would run as a formula gets a leading apostrophe. */
export function veiligeTekst(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCel(cel: Cel): string {
  if (cel === null || cel === undefined) return '';
  // Numbers as numbers: decimal comma, no grouping, ASCII minus so Excel reads them.
  if (typeof cel === 'number') return String(cel).replace('.', ',');
  return quote(veiligeTekst(cel));
}

export function toCsv(kop: string[], rijen: Cel[][]): string {
  const lines = [kop.map((k) => quote(k)).join(';'), ...rijen.map((rij) => rij.map(csvCel).join(';'))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One indicator's series: quarter, value (suppressed as "< 5"), path, provisional, source. */
export function indicatorCsv(indicator: IndicatorView, monitor: Monitor): string {
  const drempel = monitor.regio.kleineAantallen;
  const trajectVerborgen = afgeschermd(indicator, drempel).traject;
  const rijen: Cel[][] = indicator.reeks.map((punt) => [
    indicator.id,
    punt.kwartaal,
    punt.waarde === null ? null : isOnderdrukt(punt.waarde, indicator.eenheid, drempel) ? onderdruktTekst(drempel) : punt.waarde,
    // The path at the indicator's own precision, as on its page: no € 214.285,71.
    trajectVerborgen ? null : afgerond(punt.traject, indicator.decimalen),
    indicator.eenheid,
    punt.waarde === null ? null : punt.voorlopig ? 'ja' : 'nee',
    punt.bron ?? null,
    punt.opmerking ?? null,
  ]);
  return toCsv(['indicator', 'kwartaal', 'waarde', 'traject', 'eenheid', 'voorlopig', 'bron', 'opmerking'], rijen);
}

export interface DownloadBestand {
  /** Path in the site folder, e.g. `downloads/indicatoren/werven-1.csv`. */
  pad: string;
  inhoud: string;
}

const groottes = new WeakMap<DownloadBestand, number>();

/**
 * A file's size in bytes (UTF-8), worked out once: the open data is megabytes, and the Data
 * Package, the DCAT catalogue and the open-data page each name every file's size.
 */
export function grootte(bestand: DownloadBestand): number {
  let bytes = groottes.get(bestand);
  if (bytes === undefined) groottes.set(bestand, (bytes = Buffer.byteLength(bestand.inhoud)));
  return bytes;
}

/** The size of the file at `pad` among `bestanden`; 0 when it is not there. */
export function grootteVan(bestanden: readonly DownloadBestand[], pad: string): number {
  const bestand = bestanden.find((b) => b.pad === pad);
  return bestand ? grootte(bestand) : 0;
}

/**
 * Every download of the site, computed from the model. They are data, not pages: the build
 * writes them next to Astro's pages (src/cli/downloads.ts) and the dev preview serves them
 * (src/cli/vite-regio-downloads.ts), so both give the same bytes.
 */
export function downloadBestanden(monitor: Monitor): DownloadBestand[] {
  return monitor.doelen.flatMap((d) => d.indicatoren).map((indicator) => ({ pad: indicatorCsvPad(indicator.id), inhoud: indicatorCsv(indicator, monitor) }));
}
