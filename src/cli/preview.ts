// `npm run preview`: serve the built dist/ folder locally, as a web host would (no concepts).
// Through our own command only so that Astro's telemetry stays off (src/cli/common.ts).
import { PROJECT_ROOT } from './common.ts';

const { preview } = await import('astro');
const port = Number(process.env.PORT || 4321);
await preview({ root: PROJECT_ROOT, server: { port, host: process.env.HOST || 'localhost' } });
