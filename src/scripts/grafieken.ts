// Charts load only when a chart scrolls into view; chart.js itself is a separate chunk.
export function startGrafieken(): void {
  const figuren = [...document.querySelectorAll<HTMLElement>('[data-grafiek]')];
  if (figuren.length === 0) return;
  const teken = async (figuur: HTMLElement) => {
    const { tekenGrafiek } = await import('./grafiek-tekenen.ts');
    tekenGrafiek(figuur);
  };
  if (!('IntersectionObserver' in window)) {
    figuren.forEach(teken);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void teken(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  figuren.forEach((figuur) => observer.observe(figuur));
}
