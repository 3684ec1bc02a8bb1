// Loaded first by every npm script (`node --import ./src/cli/compile-cache.js src/cli/<command>.ts`).
// Node compiles a command's whole static import graph before any of it runs, so a command that
// turns the compile cache on itself is too late for its own imports (about 0.15 s per build).
// Worker threads start with the same flags and so load this too.
//
// Plain JavaScript, not TypeScript: the cache also holds our modules with their types stripped,
// so with it on before the first .ts file Node never loads its TypeScript stripper (about 0.1 s
// per thread, measured 2 December 2026). A .ts file here would need that stripper itself.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
