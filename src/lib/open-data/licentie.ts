// The licences a region can name in regio.yaml `licentie`, with the address data portals expect
// (data.overheid.nl's licence list uses the Dutch Creative Commons deeds).
const BEKEND: Record<string, { titel: string; url: string }> = {
  'cc-by-4.0': { titel: 'Creative Commons Naamsvermelding 4.0', url: 'http://creativecommons.org/licenses/by/4.0/deed.nl' },
  'cc-by-sa-4.0': { titel: 'Creative Commons Naamsvermelding-GelijkDelen 4.0', url: 'http://creativecommons.org/licenses/by-sa/4.0/deed.nl' },
  'cc0-1.0': { titel: 'Creative Commons Zero (publiek domein)', url: 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl' },
};

export interface Licentie {
  /** As written in regio.yaml. */
  naam: string;
  titel: string;
  /** Known licence, or the value itself when it is an address; otherwise unknown. */
  url?: string;
}

export function licentieVan(naam: string): Licentie {
  const bekend = BEKEND[naam.trim().toLowerCase()];
  if (bekend) return { naam, ...bekend };
  return /^https?:\/\//.test(naam) ? { naam, titel: naam, url: naam } : { naam, titel: naam };
}
