// Loaded first by every npm script (`node --import ./src/cli/compile-cache.ts src/cli/<command>.ts`).
// Node compiles a command's whole static import graph before any of it runs, so a command that
// turns the compile cache on itself is too late for its own imports (about 0.15 s per build).
// Worker threads start with the same flags and so load this too.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
