// Pagefind's JS API with our own plain, accessible result list.
interface PagefindResult { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search: (term: string) => Promise<{ results: PagefindResult[] } | null>; debouncedSearch?: unknown }

export function startZoeken(): void {
  const root = document.querySelector<HTMLElement>('[data-zoeken]');
  const form = root?.querySelector<HTMLFormElement>('[data-zoekformulier]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = root?.querySelector<HTMLElement>('[data-zoekstatus]');
  const lijst = root?.querySelector<HTMLOListElement>('[data-zoekresultaten]');
  if (!root || !form || !input || !status || !lijst) return;
  form.hidden = false;
  let pagefind: Pagefind | undefined;
  const laad = async () => {
    // The bundle exists only in a built site; keep the path out of the bundler's reach.
    const pad = `${root.dataset.bundel}pagefind.js`;
    pagefind ??= (await import(/* @vite-ignore */ pad)) as Pagefind;
    return pagefind;
  };
  let volgnummer = 0;
  const zoek = async () => {
    const term = input.value.trim();
    const nummer = ++volgnummer;
    if (term.length < 2) {
      lijst.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pf = await laad();
      const antwoord = await pf.search(term);
      const resultaten = await Promise.all((antwoord?.results ?? []).slice(0, 20).map((r) => r.data()));
      if (nummer !== volgnummer) return;
      lijst.replaceChildren(
        ...resultaten.map((r) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = r.url;
          a.textContent = r.meta.title ?? r.url;
          const p = document.createElement('p');
          p.innerHTML = r.excerpt;
          li.append(a, p);
          return li;
        }),
      );
      status.textContent = `${resultaten.length} ${resultaten.length === 1 ? 'resultaat' : 'resultaten'} voor “${term}”`;
    } catch {
      status.textContent = 'Zoeken is niet beschikbaar in dit voorbeeld; bouw de site met npm run build.';
    }
  };
  input.addEventListener('input', () => void zoek());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void zoek();
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void zoek();
  }
}
