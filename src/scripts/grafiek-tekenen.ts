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
import type { GrafiekData } from '../lib/weergave.ts';
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);


const MIN = '\u2212';

function formatter(data: GrafiekData): (value: number) => string {
  const nf = new Intl.NumberFormat('nl-NL', {
    maximumFractionDigits: data.decimalen,
    ...(data.euro ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } : {}),
  });
  return (value) => `${nf.format(value).replace('-', MIN)}${data.procent ? '%' : ''}`;
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
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: rustig ? false : { duration: 400 },
      locale: 'nl-NL',
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { ticks: { callback: (value) => opmaak(Number(value)) }, title: { display: true, text: data.eenheid } },
        x: { ticks: { maxRotation: 0, autoSkip: true } },
      },
      plugins: {
        legend: { labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (context) => `${context.dataset.label}: ${context.parsed.y === null ? 'geen waarde' : opmaak(context.parsed.y)}`,
          },
        },
      },
    },
  });
  figuur.dataset.getekend = 'ja';
}
