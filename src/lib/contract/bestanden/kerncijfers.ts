// data/kerncijfers.csv: fixed figures about the region.
import { kolom } from '../kolom.ts';

export const KERNCIJFERS = {
  id: kolom.id().uitleg('De id van het kerncijfer. Uniek in dit bestand.'),
  naam: kolom.tekst().verplicht().uitleg('Wat het cijfer is.'),
  waarde: kolom.getal().eenheid('kolom eenheid').verplicht().uitleg('Het cijfer.'),
  eenheid: kolom.tekst().uitleg('De eenheid. `%` of `percentage` toont als percentage, `€` of `euro` als bedrag, `aantal` als kaal getal; elk ander woord (zoals `fte`) komt achter het getal. Gebruik `personen` voor een aantal mensen: kleine aantallen worden dan afgeschermd, net als bij indicatoren (`< 5 personen`, zie [status](status.md#kleine-aantallen)).'),
  peildatum: kolom.periode().verplicht().uitleg('Waarop het cijfer betrekking heeft. Niet leeg, ook niet `n.v.t.`'),
  bron: kolom.tekst().uitleg('De bron.'),
};
