// data/metingen.csv: the measured values, one row per indicator per quarter.
import { kolom } from '../kolom.ts';

export const METINGEN = {
  indicator: kolom.verwijzing('indicatoren').verplicht().uitleg('De indicator.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal van de meting.'),
  // null: the row exists but the value is missing (empty, n.v.t., onbekend, -).
  waarde: kolom.getal().eenheid('de eenheid van de indicator').verplichteKolom().uitleg('De gemeten waarde. Mag leeg zijn of `n.v.t.` als er niet gemeten is.'),
  bron: kolom.tekst().uitleg('Waar de waarde vandaan komt.'),
  opmerking: kolom.tekst().uitleg('Een korte uitleg, bijvoorbeeld over een piek.'),
  voorlopig: kolom.janee().uitleg('Is de waarde nog voorlopig? Leeg betekent nee.'),
};
