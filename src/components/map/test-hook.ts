import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live map, for the browser tests and benchmarks to read; absent from production builds. */
    spasmAtlasMap?: Core;
  }
}

/**
 * Hands the map to the browser tests and benchmarks, in builds made for them only: Next inlines
 * NEXT_PUBLIC_TEST_HOOKS at build time, so a production build drops this line altogether.
 */
export function exposeToTests(instance: Core) {
  if (process.env.NEXT_PUBLIC_TEST_HOOKS === '1') window.spasmAtlasMap = instance;
}
