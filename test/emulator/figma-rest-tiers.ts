/**
 * Which Figma rate-limit tier each emulated route belongs to, so `/__emulator/stats` can report
 * calls per tier (research/figma.md §5) next to calls per route.
 */
import type { Handler, Route } from './http';
import { route } from './http';
import type { Tier } from './figma-rest-guard';

const ROUTE_TIERS = new Map<string, Tier>();

/** A Figma REST route whose requests count against `tier` in the stats. */
export function tiered(tier: Tier, method: string, pattern: string, handler: Handler): Route {
  ROUTE_TIERS.set(`${method} ${pattern}`, tier);
  return route(method, pattern, handler);
}

export function tierOfRoute(routeKey: string): Tier | undefined {
  return ROUTE_TIERS.get(routeKey);
}

/** `{ "1": n, "2": n, "3": n }` from the per-route request counts. */
export function countByTier(requests: ReadonlyMap<string, number>): Record<`${Tier}`, number> {
  const tiers = { '1': 0, '2': 0, '3': 0 };
  for (const [routeKey, count] of requests) {
    const tier = tierOfRoute(routeKey);
    if (tier) tiers[`${tier}`] += count;
  }
  return tiers;
}
