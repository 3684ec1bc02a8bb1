// Sorting and filtering of the regions table on the national overview's home page. Only an
// enhancement: without JavaScript the table lists every region and the filters stay hidden.
const tabel = document.querySelector('[data-regiotabel]');
const formulier = document.querySelector('[data-filters]');

if (tabel && formulier) {
  const tbody = tabel.tBodies[0];
  const rijen = [...tbody.rows];
  const aantal = formulier.querySelector('[data-aantal-getoond]');
  const veld = (naam) => formulier.querySelector(`[name="${naam}"]`);

  const filter = () => {
    const naam = veld('naam').value.trim().toLowerCase();
    const sector = veld('sector').value;
    const regeling = veld('regeling').value;
    const achterstand = veld('achterstand').checked;
    let getoond = 0;
    for (const rij of rijen) {
      const d = rij.dataset;
      const zichtbaar = (!naam || d.naam.includes(naam))
        && (!sector || d.sectoren.split(' ').includes(sector))
        && (!regeling || d.regeling === regeling)
        && (!achterstand || d.achterstand === 'ja');
      rij.hidden = !zichtbaar;
      if (zichtbaar) getoond += 1;
    }
    aantal.textContent = `${getoond} ${getoond === 1 ? 'regio' : 'regio’s'} getoond`;
  };

  // Each header becomes a button; aria-sort says how the table is sorted.
  const koppen = [...tabel.tHead.rows[0].cells];
  koppen.forEach((kop, kolom) => {
    const soort = kop.dataset.sorteerSoort;
    if (!soort) return;
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'sorteerknop';
    knop.append(...kop.childNodes);
    kop.append(knop);
    knop.addEventListener('click', () => {
      const oplopend = kop.getAttribute('aria-sort') !== 'ascending';
      for (const k of koppen) k.removeAttribute('aria-sort');
      kop.setAttribute('aria-sort', oplopend ? 'ascending' : 'descending');
      const waarde = (rij) => rij.cells[kolom].dataset.sorteer ?? rij.cells[kolom].textContent;
      const vergelijk = soort === 'getal'
        ? (a, b) => Number(waarde(a)) - Number(waarde(b))
        : (a, b) => waarde(a).localeCompare(waarde(b), 'nl');
      rijen.sort((a, b) => (oplopend ? vergelijk(a, b) : vergelijk(b, a)));
      tbody.append(...rijen);
    });
  });

  formulier.addEventListener('input', filter);
  formulier.hidden = false;
  filter();
}
