// Every file of the national overview, computed from the model: the pages, the region site's
// stylesheet with the overview's few additions, the status icon sprite, the favicon, the
// sort-and-filter script and the downloads.
import { readFileSync } from 'node:fs';
import { statusSprite } from '../components/status-iconen.ts';
import type { DownloadBestand } from '../lib/download.ts';
import { landelijkeDownloads } from '../lib/landelijk/downloads.ts';
import type { LandelijkOverzicht } from '../lib/landelijk/overzicht.ts';
import { formatDatum } from '../lib/format.ts';
import { paginaHtml } from './html.ts';
import { paginas } from './paginas.ts';

const lees = (pad: string) => readFileSync(new URL(pad, import.meta.url), 'utf8');

export function landelijkeBestanden(o: LandelijkOverzicht): DownloadBestand[] {
  const gemaakt = formatDatum(o.vandaag);
  return [
    ...paginas(o).map((p) => ({ pad: `${p.pad}index.html`, inhoud: paginaHtml(p, gemaakt) })),
    { pad: 'stijl.css', inhoud: `${lees('../styles/site.css')}\n${lees('./landelijk.css')}` },
    { pad: 'landelijk.js', inhoud: lees('./landelijk.js') },
    { pad: 'status-iconen.svg', inhoud: statusSprite() },
    { pad: 'favicon.svg', inhoud: lees('../../public/favicon.svg') },
    ...landelijkeDownloads(o),
  ];
}
