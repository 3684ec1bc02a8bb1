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

/**
 * Every download of the site, computed from the model. They are data, not pages: the build
 * writes them next to Astro's pages (src/cli/downloads.ts) and the dev preview serves them
 * (src/cli/vite-regio-downloads.ts), so both give the same bytes.
 */
export function downloadBestanden(monitor: Monitor): DownloadBestand[] {
  return monitor.doelen.flatMap((d) => d.indicatoren).map((indicator) => ({ pad: indicatorCsvPad(indicator.id), inhoud: indicatorCsv(indicator, monitor) }));
}
