// data/beoordelingen.csv: check and act per goal per quarter, optionally the region's own status.
import { BEOORDELING_STATUSSEN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export const BEOORDELINGEN = {
  doel: kolom.verwijzing('doelen').verplicht().uitleg('Het doel.'),
  kwartaal: kolom.kwartaal().verplicht().uitleg('Het kwartaal van de beoordeling.'),
  status: kolom.keuze(BEOORDELING_STATUSSEN).uitleg('Een eigen oordeel. Leeg laten = de monitor rekent de status uit (meetbaar) of toont "niet beoordeeld" (merkbaar).'),
  toelichting: kolom.tekst().uitleg('Check: hoe het ervoor staat en waarom. Verplicht bij een eigen status voor een meetbaar doel (zie hieronder).'),
  bijsturing: kolom.tekst().uitleg('Act: wat de regio gaat doen.'),
};
