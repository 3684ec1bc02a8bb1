// A distinct shape per status, so status never depends on colour alone. The shapes live once,
// in the sprite /status-iconen.svg (src/pages/status-iconen.svg.ts); a status label refers to
// its shape with <use>. Inline, the icons were a fifth of all HTML the site writes (a quarterly
// report shows a hundred labels); now each label costs a short reference.
import { DOEL_STATUSSEN } from '../lib/status-vocabulaire.ts';

/** Keyed by icon id: the `icoon` of a status in the vocabulary. */
const VORMEN: Readonly<Record<string, string>> = {
  behaald: '<circle cx="10" cy="10" r="9" fill="currentColor"></circle><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"></path>',
  'op-koers': '<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M6 13.5l7.5-7.5M8 6h5.5v5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>',
  aandacht: '<path d="M10 1.8l8.6 15.4H1.4z" fill="currentColor"></path><path d="M10 7v5" stroke="#fff" stroke-width="2" stroke-linecap="round"></path><circle cx="10" cy="14.6" r="1.2" fill="#fff"></circle>',
  achter: '<rect x="1.5" y="1.5" width="17" height="17" rx="2" fill="currentColor"></rect><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2.2" stroke-linecap="round"></path>',
  'geen-actuele-meting': '<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M10 5v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>',
  'geen-meting': '<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.4"></circle><path d="M6 10h8" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>',
  'niet-beoordeeld': '<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M7.6 7.6a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round"></path><circle cx="10" cy="14.8" r="1.1" fill="currentColor"></circle>',
};

/** The sprite file: one <symbol> per icon the vocabulary names, id = the icon id. */
export function statusSprite(): string {
  const iconen = [...new Set(DOEL_STATUSSEN.map((b) => b.icoon))];
  const symbolen = iconen.map((icoon) => {
    const vormen = VORMEN[icoon];
    if (vormen === undefined) throw new Error(`status-iconen.ts: geen vorm voor icoon "${icoon}"`);
    return `<symbol id="${icoon}" viewBox="0 0 20 20">${vormen}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbolen.join('')}</svg>\n`;
}
