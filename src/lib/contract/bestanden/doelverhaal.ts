// The frontmatter of content/doelen/<doel>.mdx: a longer narrative for a goal.
import { kolom } from '../kolom.ts';

export const DOELVERHAAL = {
  titel: kolom.tekst().uitleg('Een titel.'),
  samenvatting: kolom.tekst().uitleg('Een korte samenvatting.'),
};
