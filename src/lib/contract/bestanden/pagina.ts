// The frontmatter of content/paginas/<naam>.mdx: an extra page of the region.
import { kolom } from '../kolom.ts';

export const PAGINA = {
  titel: kolom.tekst().verplicht().uitleg('De titel van de pagina.'),
  samenvatting: kolom.tekst().uitleg('Een korte samenvatting.'),
};
