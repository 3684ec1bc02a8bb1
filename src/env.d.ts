declare namespace App {
  interface Locals {
    /** Set by a quarterly report page: MDX components in its narrative show that quarter. */
    rapportKwartaal?: string;
  }
}

declare module 'virtual:onderwijsregio/verhalen' {
  /** The compiled MDX component of a narrative file of the model (path relative to the region folder). */
  export function verhaalVan(file: string | undefined): import('astro').MarkdownInstance<Record<string, unknown>>['Content'] | undefined;
}

/** True in `npm run build`, false in `npm run dev` (src/cli/vite-regio-csp.ts). */
declare const __MONITOR_CSP__: boolean;
