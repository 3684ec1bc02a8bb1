// Draws one indicator chart with chart.js, registered tree-shaken: only what is used.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { Plugin } from 'chart.js';
import type { GrafiekData } from '../lib/weergave.ts';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const MIN = '\u2212';

/** `vast`: the indicator's one precision, as in its table and sentences (tooltips); axis ticks drop trailing zeros. */
function formatter(data: GrafiekData, vast = false): (value: number) => string {
  const nf = new Intl.NumberFormat('nl-NL', {
    maximumFractionDigits: data.decimalen,
    ...(vast ? { minimumFractionDigits: data.decimalen } : {}),
    ...(data.euro ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } : {}),
  });
  return (value) => `${nf.format(value).replace('-', MIN)}${data.procent ? '%' : ''}`;
}

/** The colour at a quarter of its strength (a `#rrggbb` accent, as regio.yaml requires). */
function doorzichtig(kleur: string): string {
  return /^#[0-9a-f]{6}$/i.test(kleur) ? `${kleur}40` : kleur;
}

/**
 * A suppressed count is a band from 0 to the threshold at its quarter, never a point: the data
 * hold only the threshold and which quarters are suppressed (see grafiekVoor).
 */
function bandPlugin(data: GrafiekData, kleur: string): Plugin<'line'> {
  return {
    id: 'kleineAantallen',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const breedte = Math.min(24, (chartArea.width / Math.max(1, data.labels.length)) * 0.5);
      const boven = scales.y.getPixelForValue(data.drempel);
      const onder = scales.y.getPixelForValue(0);
      ctx.save();
      ctx.fillStyle = doorzichtig(kleur);
      ctx.strokeStyle = kleur;
      ctx.lineWidth = 1;
      data.onderdrukt.forEach((klein, i) => {
        if (!klein) return;
        const x = scales.x.getPixelForValue(i) - breedte / 2;
        ctx.fillRect(x, boven, breedte, onder - boven);
        ctx.strokeRect(x, boven, breedte, onder - boven);
      });
      ctx.restore();
    },
  };
}

export function tekenGrafiek(figuur: HTMLElement): void {
  const bron = figuur.querySelector<HTMLScriptElement>('[data-grafiek-data]');
  const vak = figuur.querySelector<HTMLElement>('[data-grafiek-canvas]');
  if (!bron || !vak || vak.querySelector('canvas')) return;
  const data = JSON.parse(bron.textContent ?? '{}') as GrafiekData;
  const stijl = getComputedStyle(document.documentElement);
  const accent = stijl.getPropertyValue('--regio-accent').trim() || '#1f5f8b';
  const grijs = '#4a5260';
  const doel = '#a4161a';
  const canvas = document.createElement('canvas');
  // The figure's summary and table carry the numbers for screen readers.
  canvas.setAttribute('aria-hidden', 'true');
  vak.hidden = false;
  vak.append(canvas);
  const opmaak = formatter(data);
  const opmaakVast = formatter(data, true);
  const klein = `< ${opmaak(data.drempel)}`;
  const heeftKlein = data.onderdrukt.some(Boolean);
  const rustig = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const datasets = [
    {
      label: 'Meting',
      data: data.metingen,
      borderColor: accent,
      backgroundColor: accent,
      borderWidth: 3,
      pointStyle: 'circle' as const,
      pointRadius: 4,
      spanGaps: false,
    },
    // Only for the legend and the tooltip; the band itself is drawn by bandPlugin.
    ...(heeftKlein
      ? [{
          label: `Meting ${klein}`,
          data: data.onderdrukt.map((k) => (k ? data.drempel : null)),
          borderColor: accent,
          backgroundColor: doorzichtig(accent),
          pointStyle: 'rect' as const,
          pointRadius: 0,
          pointHoverRadius: 0,
          showLine: false,
        }]
      : []),
    ...(data.traject
      ? [{
          label: 'Traject',
          data: data.traject,
          borderColor: grijs,
          backgroundColor: grijs,
          borderWidth: 2,
          borderDash: [6, 4],
          pointRadius: 0,
          pointStyle: 'line' as const,
        }]
      : []),
    {
      label: 'Streefwaarde',
      data: data.streef,
      borderColor: doel,
      backgroundColor: doel,
      pointStyle: 'triangle' as const,
      pointRadius: 8,
      showLine: false,
    },
  ];
  new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets },
    plugins: heeftKlein ? [bandPlugin(data, accent)] : [],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: rustig ? false : { duration: 400 },
      locale: 'nl-NL',
      interaction: { mode: 'index', intersect: false },
      scales: {
        // With a band the axis starts at 0; its top follows the published values and the threshold.
        y: { beginAtZero: heeftKlein, ticks: { callback: (value) => opmaak(Number(value)) }, title: { display: true, text: data.eenheid } },
        // Room between quarter codes: at 320 px they would otherwise touch ("2025-Q12025-Q3").
        x: { ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
      },
      plugins: {
        legend: { labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (context) => {
              if (context.dataset.label === `Meting ${klein}`) return `Meting: ${klein}`;
              return `${context.dataset.label}: ${context.parsed.y === null ? 'geen waarde' : opmaakVast(context.parsed.y)}`;
            },
          },
        },
      },
    },
  });
  figuur.dataset.getekend = 'ja';
}
