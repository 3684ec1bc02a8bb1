// Goal filters: shown only when JavaScript runs; the list filters as soon as a choice
// changes (no change of context, WCAG 3.2.2), the count is announced through a status
// region, and the URL keeps the choice (?lijn=…).
export function startFilters(): void {
  const form = document.querySelector<HTMLFieldSetElement>('[data-filters]');
  if (!form) return;
  const kaarten = [...document.querySelectorAll<HTMLElement>('[data-doelenlijst] > [data-doel]')];
  const aantal = form.querySelector<HTMLElement>('[data-aantal]');
  const leeg = document.querySelector<HTMLElement>('[data-geen-doelen]');
  const velden = ['lijn', 'status', 'thema'] as const;
  const params = new URLSearchParams(location.search);
  for (const veld of velden) {
    const select = form.elements.namedItem(veld) as HTMLSelectElement | null;
    const waarde = params.get(veld);
    if (select && waarde && [...select.options].some((o) => o.value === waarde)) select.value = waarde;
  }
  const toepassen = () => {
    const keuze = Object.fromEntries(velden.map((v) => [v, (form.elements.namedItem(v) as HTMLSelectElement).value]));
    let zichtbaar = 0;
    for (const kaart of kaarten) {
      const past =
        (!keuze.lijn || kaart.dataset.lijn === keuze.lijn) &&
        (!keuze.status || kaart.dataset.status === keuze.status) &&
        (!keuze.thema || (kaart.dataset.themas ?? '').split(' ').includes(keuze.thema));
      kaart.hidden = !past;
      if (past) zichtbaar++;
    }
    if (aantal) aantal.textContent = `${zichtbaar} ${zichtbaar === 1 ? 'doel' : 'doelen'} getoond`;
    if (leeg) leeg.hidden = zichtbaar > 0;
    const url = new URL(location.href);
    for (const v of velden) {
      if (keuze[v]) url.searchParams.set(v, keuze[v]);
      else url.searchParams.delete(v);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', toepassen);
  form.hidden = false;
  toepassen();
}
