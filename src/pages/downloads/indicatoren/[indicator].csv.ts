// CSV download per indicator (Dutch Excel: BOM, `;`, decimal comma, CRLF).
import type { APIRoute } from 'astro';
import { getMonitor } from '../../../lib/site.ts';
import { indicatorCsv } from '../../../lib/download.ts';

export function getStaticPaths() {
  return getMonitor().doelen.flatMap((d) => d.indicatoren).map((indicator) => ({ params: { indicator: indicator.id }, props: { id: indicator.id } }));
}

export const GET: APIRoute = ({ props }) => {
  const monitor = getMonitor();
  const indicator = monitor.doelen.flatMap((d) => d.indicatoren).find((i) => i.id === props.id)!;
  return new Response(indicatorCsv(indicator, monitor), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
