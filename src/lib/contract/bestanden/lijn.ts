// The frontmatter of content/lijnen/<lijn>.mdx: one file per line; the file name is the line's id.
import { LIJN_SOORTEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const LIJN = {
  titel: kolom.tekst().verplicht().uitleg('De naam van de lijn.'),
  volgorde: kolom.getal().geheel().verplicht().uitleg('De plaats van de lijn op de site: 1 eerst. Geef elke lijn een eigen nummer.'),
  soort: kolom.keuze(LIJN_SOORTEN).uitleg('Overkoepelend of inhoudelijk.'),
  samenvatting: kolom.tekst().verplicht().uitleg('Een of twee zinnen over de lijn.'),
  portefeuillehouder: kolom.tekst().uitleg('De bestuurder die verantwoordelijk is, als rol.'),
  projectleider: kolom.tekst().uitleg('De projectleider, als rol.'),
  programmamanager: kolom.tekst().uitleg('De programmamanager, als rol.'),
};
