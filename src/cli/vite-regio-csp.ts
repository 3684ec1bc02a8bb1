// The Content-Security-Policy is for built pages only: the dev server's Vite client injects
// inline scripts and styles that the policy would refuse. `import.meta.env.PROD` cannot tell the
// two apart: it follows NODE_ENV, which a build started from a test runner has set to `test`.
import type { Plugin } from 'vite';

export function regioCsp(): Plugin {
  return {
    name: 'onderwijsregio-monitor:csp',
    config: (_config, { command }) => ({ define: { __MONITOR_CSP__: JSON.stringify(command === 'build') } }),
  };
}
