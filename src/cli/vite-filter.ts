// Hook filters for our Vite plugins: Rolldown calls a hook with a filter only for the ids that
// match, instead of calling into JavaScript for every module of the build.

/** A filter that matches exactly this id (a virtual module's, say). */
export function exactId(id: string): RegExp {
  return new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
}
