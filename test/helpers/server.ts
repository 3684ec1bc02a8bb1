// The browser tests serve the built sites with the static server `npm run pdf` uses.
export { CONTENT_TYPES, contentType, serveStatic, type StaticServer } from '../../src/cli/static-server.ts';
