// data/regio.yaml: name, sectors and settings of the region. Required file.
import { REGELINGEN, SECTOREN } from '../../types.ts';
import { kolom } from '../kolom.ts';

export interface Toegankelijkheid {
  status: import('../../types.ts').Nalevingsstatus;
  datum?: string;
  rapport?: string;
}

export const REGIO = {
  naam: kolom.tekst().verplicht().uitleg('De volledige naam van de regio.'),
  kortenaam: kolom.tekst().uitleg('Een korte naam, voor paginatitels. Standaard gelijk aan `naam`.'),
  sectoren: kolom.lijst(kolom.keuze(SECTOREN, 'cel.geen-sector')).verplicht().uitleg('De sectoren van de regio. Minstens één.'),
  regeling: kolom.keuze(REGELINGEN).verplicht().uitleg('De subsidieregeling. Die bepaalt welke onderdelen de pagina Verantwoording toont (zie [Partijen en verantwoording](verantwoording.md)).'),
  penvoerder: kolom.tekst().uitleg('Het bestuur dat penvoerder is. Staat onderaan elke pagina.'),
  site: kolom.tekst()
    .uitleg('Het webadres van de site. Nodig voor vaste links, de RSS-feed en de sitemap. Noemt het adres een submap (`https://www.regio.nl/monitor/`), dan bouwt de monitor de site voor die submap.')
    .waarden('begint met `https://` (of `http://`); zonder `?`, `#` of inlognaam'),
  contact: kolom.tekst()
    .uitleg('Een algemeen contactadres (geen persoonlijk adres).')
    .waarden('e-mailadres (`programmabureau@regio.nl`) of webadres dat begint met `https://` (bijvoorbeeld een contactformulier)'),
  huidig_kwartaal: kolom.kwartaal().uitleg('Alleen invullen als de site níet het laatste vastgestelde kwartaal als huidig kwartaal moet tonen. Het kwartaal moet een kwartaalbestand hebben, en voor `npm run build` moet het vastgesteld zijn (`npm run check` waarschuwt als dat nog niet zo is).'),
  tolerantie: kolom.getal()
    .bereik(0, 1, 'regio.tolerantie-buiten-bereik')
    .standaard(0.1)
    .uitleg('De marge voor de status *aandacht*, als deel van de afstand tussen nulmeting en streefwaarde (`0.1` is 10%; `0.15` en `0,15` zijn allebei goed).'),
  kleine_aantallen: kolom.getal()
    .geheel()
    .bereik(0, Infinity, 'regio.kleine-aantallen-negatief')
    .standaard(5)
    .uitleg('Aantallen personen van 1 tot dit getal (het getal zelf niet) toont de site als "< 5" (met uw getal in plaats van 5): metingen, nulmeting, streefwaarde en kerncijfers in `personen`. `0` zet het afschermen uit. Zie [status](status.md#kleine-aantallen).'),
  licentie: kolom.tekst().standaard('CC-BY-4.0').uitleg('De licentie voor hergebruik van de gegevens.'),
  extra_themas: kolom.lijst(kolom.id()).uitleg("Eigen thema's, naast de vaste lijst."),
  accentkleur: kolom.tekst()
    .uitleg('De accentkleur van de site. **Tussen aanhalingstekens.** De kleur moet op wit een contrast van minstens 4,5:1 hebben, anders is het een fout.')
    .waarden('`"#rrggbb"`, zoals `"#1f5f8b"`'),
  toegankelijkheid: kolom.blok<Toegankelijkheid>()
    .uitleg('De toegankelijkheidsverklaring van de regio, met drie velden eronder (zie hieronder).')
    .waarden('`status`, `datum` en `rapport`'),
};
