import { PANORAMA_PER_SEGMENT, STRONG_AT } from '../shared/defaults.js';
import type { Services } from './graphql/context.js';
import { cachedChainStatus, cachedPanorama, cachedStatusLists } from './graphql/resolvers/chains.js';
import { listChains } from './repositories/chains.js';

export interface WarmerOptions {
  /** How often the data version is checked (writes by other processes show up this way). */
  intervalMs?: number;
  /** The panorama's enterprises per segment that the chain map asks for. */
  perSegment?: number;
  log?: (line: string) => void;
}

/**
 * Keeps the first look at every chain fast after the data changes: whenever the graph has a new
 * data version (a write through this app, or another process's import), the status map of every
 * chain in the home scope at the default threshold — as a viewer and as an analyst sees it — its
 * lists of local enterprises and its panorama are computed once, one after another, into the result cache, so the first person
 * to open a chain after an import does not wait for it. A newer version that arrives meanwhile
 * starts the round again.
 */
export function startCacheWarmer(services: Services, options: WarmerOptions = {}): { stop(): Promise<void>; idle(): Promise<void> } {
  const { cache, config } = services;
  let warmed: string | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let failures = 0;

  const round = async () => {
    const version = await cache.version();
    if (version === null || version === warmed) return;
    const started = Date.now();
    const chains = await listChains(services.runner);
    for (const chain of chains) {
      if (stopped || (await cache.version()) !== version) return;
      await cachedPanorama(services, chain.id, options.perSegment ?? PANORAMA_PER_SEGMENT);
      for (const includeConfidential of [false, true]) {
        await cachedChainStatus(services, { chainId: chain.id, scope: config.homeRegion, strongAt: STRONG_AT.default, projected: false, includeConfidential, evidence: 'ALL' });
      }
      // the map's lists of local enterprises, which it asks for right after the picture
      await cachedStatusLists(services, { chainId: chain.id, scope: config.homeRegion, evidence: 'ALL' });
    }
    warmed = version;
    failures = 0;
    options.log?.(`cache warmed for ${chains.length} chains in ${Date.now() - started} ms`);
  };
  const tick = () => {
    if (running || stopped) return;
    running = round()
      .catch((error: unknown) => {
        // The database is down or busy: try again on the next tick, and say so once.
        failures += 1;
        if (failures === 1) options.log?.(`cache warming paused: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  timer.unref();
  // A write through this process, a write through another app process (told by the primary), or
  // one around the app (found by the cache's background read).
  const unsubscribe = cache.onVersionChange(() => setTimeout(tick, 0));
  tick();
  return {
    idle: async () => {
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      while (running) await running;
    },
  };
}
