// RSS feed of the approved quarterly reports.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getMonitor } from '../site/site.ts';
import { kwartaalUrl, pad } from '../site/links.ts';
import { kwartaalTekst } from '../lib/leestekst.ts';
import { vastgesteldeKwartalen } from '../lib/paginas/home.ts';

export const GET: APIRoute = (context) => {
  const monitor = getMonitor();
  // The channel links to the home page, which lives under the base path (MONITOR_BASE).
  const site = new URL(pad(), context.site ?? new URL('http://localhost/'));
  return rss({
    title: `Kwartaalrapportages ${monitor.regio.naam}`,
    description: `De vastgestelde kwartaalrapportages van ${monitor.regio.naam}.`,
    site,
    customData: '<language>nl</language>',
    items: vastgesteldeKwartalen(monitor).map((k) => ({
      title: k.titel ?? `Kwartaalrapportage ${kwartaalTekst(k.kwartaal)}`,
      link: kwartaalUrl(k.kwartaal),
      pubDate: k.vastgesteld ? new Date(`${k.vastgesteld}T12:00:00Z`) : undefined,
      description: k.samenvatting,
    })),
  });
};
