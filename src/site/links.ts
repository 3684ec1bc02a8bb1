// Site URLs in one place, so routes and the base path stay consistent.
import { kwartaalSlug } from '../lib/quarters.ts';
import { indicatorCsvPad } from '../lib/download.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const pad = (path = ''): string => `${base}${path.replace(/^\//, '')}`;
export const doelUrl = (id: string) => pad(`doelen/${id}/`);
export const lijnUrl = (id: string) => pad(`lijnen/${id}/`);
export const kwartaalUrl = (k: string) => pad(`kwartalen/${kwartaalSlug(k)}/`);
export const indicatorCsvUrl = (id: string) => pad(indicatorCsvPad(id));
export const paginaUrl = (id: string) => pad(`${id}/`);
