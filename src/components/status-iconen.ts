// A distinct shape per status, so status never depends on colour alone. Plain strings, not a
// component: a status label appears up to a hundred times on a page (quarterly reports, the
// goal overview), and a string costs nothing to render.
import type { Status } from '../lib/types.ts';

const svg = (vormen: string) => `<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${vormen}</svg>`;

export const STATUS_ICOON: Record<Status, string> = {
  behaald: svg('<circle cx="10" cy="10" r="9" fill="currentColor"></circle><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"></path>'),
  'op-koers': svg('<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M6 13.5l7.5-7.5M8 6h5.5v5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>'),
  aandacht: svg('<path d="M10 1.8l8.6 15.4H1.4z" fill="currentColor"></path><path d="M10 7v5" stroke="#fff" stroke-width="2" stroke-linecap="round"></path><circle cx="10" cy="14.6" r="1.2" fill="#fff"></circle>'),
  achter: svg('<rect x="1.5" y="1.5" width="17" height="17" rx="2" fill="currentColor"></rect><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="#fff" stroke-width="2.2" stroke-linecap="round"></path>'),
  'geen-actuele-meting': svg('<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M10 5v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>'),
  'geen-meting': svg('<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.4"></circle><path d="M6 10h8" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>'),
  'niet-beoordeeld': svg('<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M7.6 7.6a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round"></path><circle cx="10" cy="14.8" r="1.1" fill="currentColor"></circle>'),
};
