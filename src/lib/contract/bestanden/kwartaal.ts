// The frontmatter of content/kwartalen/<jjjj-qN>.mdx: the quarter report.
import { kolom } from '../kolom.ts';

export const KWARTAAL = {
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal. Moet passen bij de bestandsnaam.'),
  samenvatting: kolom.tekst().verplicht().uitleg('De samenvatting van het kwartaal in een paar zinnen. Staat op de overzichtspagina en in de RSS-feed.'),
  vastgesteld: kolom.datum().uitleg('De datum waarop het bestuurlijk platform de rapportage heeft vastgesteld.'),
  titel: kolom.tekst().uitleg('De titel. Standaard "Kwartaalrapportage 3e kwartaal 2026".'),
};
