/**
 * What this browser has spent of the signed-in user's Figma rate limits, per tier: calls this
 * session, calls in the last 30 days (Figma's Tier-1 limit for View/Collab seats is monthly), when a
 * 429 says a tier opens again, whether Figma reported the low (View/Collab) limits, and scopes Figma
 * said the app lacks. Persisted per user in localStorage (counts and times, never a token) so
 * reloads and other tabs know it too; wiped with the user's data at sign-out.
 */
import type { FigmaEndpoint, FigmaTier } from './endpoints';

const MONTH_MS = 30 * 86_400_000;
/** A missing scope is remembered this long; an admin may grant it later. */
const SCOPE_MEMORY_MS = 86_400_000;
const KEY_PREFIX = 'tokenport.figma-requests.';

export type TierCounts = Record<FigmaTier, number>;

export interface BudgetState {
  /** Calls per day (`YYYY-MM-DD`) and tier, kept for 30 days. */
  days: Record<string, TierCounts>;
  /** Epoch ms before which a tier answers 429 (from `Retry-After`). */
  limitedUntil: Partial<Record<FigmaTier, number>>;
  /** Figma answered with `X-Figma-Rate-Limit-Type: low` (View/Collab seat limits). */
  lowLimits: boolean;
  /** The user told us they have a View or Collab seat. */
  declaredViewSeat: boolean;
  /** Scope → when Figma said the app lacks it. */
  missingScopes: Record<string, number>;
}

export interface BudgetSnapshot extends BudgetState {
  session: TierCounts;
  month: TierCounts;
  /** True when previews should wait for the user to ask (Tier 1 is scarce or spent). */
  previewsOnDemand: boolean;
}

const zero = (): TierCounts => ({ 1: 0, 2: 0, 3: 0 });
const emptyState = (): BudgetState => ({
  days: {},
  limitedUntil: {},
  lowLimits: false,
  declaredViewSeat: false,
  missingScopes: {},
});

let userId: string | undefined;
let state: BudgetState = emptyState();
let session: TierCounts = zero();
let snapshot: BudgetSnapshot | undefined;
const listeners = new Set<() => void>();

function read(id: string): BudgetState {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY_PREFIX + id) ?? 'null') as unknown;
    if (parsed && typeof parsed === 'object') return { ...emptyState(), ...parsed };
  } catch {
    // Unreadable or blocked storage: start counting afresh.
  }
  return emptyState();
}

function write() {
  if (!userId) return;
  try {
    localStorage.setItem(KEY_PREFIX + userId, JSON.stringify(state));
  } catch {
    // Without storage the counts last for this tab.
  }
}

function changed() {
  snapshot = undefined;
  for (const listener of listeners) listener();
}

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

function monthCounts(now: number): TierCounts {
  const since = dayOf(now - MONTH_MS);
  const total = zero();
  for (const [day, counts] of Object.entries(state.days)) {
    if (day < since) continue;
    for (const tier of [1, 2, 3] as const) total[tier] += counts[tier] ?? 0;
  }
  return total;
}

function prune(now: number) {
  const since = dayOf(now - MONTH_MS);
  for (const day of Object.keys(state.days)) if (day < since) delete state.days[day];
  for (const [scope, at] of Object.entries(state.missingScopes))
    if (now - at > SCOPE_MEMORY_MS) delete state.missingScopes[scope];
  for (const tier of [1, 2, 3] as const)
    if ((state.limitedUntil[tier] ?? 0) <= now) delete state.limitedUntil[tier];
}

/** Binds the counts to the signed-in user (undefined when signed out). */
export function bindBudgetUser(id: string | undefined) {
  if (id === userId) return;
  userId = id;
  state = id ? read(id) : emptyState();
  session = zero();
  changed();
}

/** Forgets a user's counts, or every user's (sign-out wipes the user's data). */
export function clearBudget(id?: string) {
  try {
    const doomed = id
      ? [KEY_PREFIX + id]
      : Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
          (key): key is string => key?.startsWith(KEY_PREFIX) ?? false,
        );
    for (const key of doomed) localStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
  if (!id || id === userId) {
    state = emptyState();
    session = zero();
    changed();
  }
}

export interface RecordedResponse {
  status: number;
  headers: Headers | undefined;
  /** The scope Figma named in a 403 "Invalid scope" answer. */
  missingScope?: string | undefined;
}

/** Counts a call that reached Figma and learns from its answer. */
export function recordFigmaCall(
  endpoint: FigmaEndpoint,
  response: RecordedResponse,
  now = Date.now(),
) {
  // Another tab may have counted since: add to what is stored, not to this tab's copy.
  if (userId) state = read(userId);
  const day = dayOf(now);
  const counts = { ...zero(), ...state.days[day] };
  counts[endpoint.tier] += 1;
  state.days = { ...state.days, [day]: counts };
  session = { ...session, [endpoint.tier]: session[endpoint.tier] + 1 };
  if (response.headers?.get('X-Figma-Rate-Limit-Type') === 'low') state.lowLimits = true;
  if (response.status === 429) {
    const seconds = Number.parseInt(response.headers?.get('Retry-After') ?? '', 10);
    if (Number.isFinite(seconds) && seconds > 0)
      state.limitedUntil = { ...state.limitedUntil, [endpoint.tier]: now + seconds * 1000 };
  }
  if (response.missingScope)
    state.missingScopes = { ...state.missingScopes, [response.missingScope]: now };
  prune(now);
  write();
  changed();
}

export function setDeclaredViewSeat(value: boolean) {
  state = { ...state, declaredViewSeat: value };
  write();
  changed();
}

/** Why a call should not be sent now: its tier is rate-limited, or its scope is known missing. */
export function blockedReason(
  endpoint: FigmaEndpoint,
  method: string,
  now = Date.now(),
): { kind: 'rate-limit'; until: number } | { kind: 'scope'; scope: string } | undefined {
  const until = state.limitedUntil[endpoint.tier];
  if (until && until > now) return { kind: 'rate-limit', until };
  const learnt = state.missingScopes[endpoint.scope];
  // Writes may follow a fresh consent with more scopes, so only reads are short-circuited.
  if (method === 'GET' && learnt && now - learnt <= SCOPE_MEMORY_MS)
    return { kind: 'scope', scope: endpoint.scope };
  return undefined;
}

export function budgetSnapshot(now = Date.now()): BudgetSnapshot {
  const limitedUntil = Object.fromEntries(
    Object.entries(state.limitedUntil).filter(([, until]) => until > now),
  ) as BudgetState['limitedUntil'];
  snapshot ??= {
    ...state,
    limitedUntil,
    session,
    month: monthCounts(now),
    previewsOnDemand:
      state.lowLimits || state.declaredViewSeat || (state.limitedUntil[1] ?? 0) > now,
  };
  return snapshot;
}

let listening = false;

/** Other tabs write the same key: their counts show here too. */
function listenToOtherTabs() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (!userId || event.key !== KEY_PREFIX + userId) return;
    state = read(userId);
    changed();
  });
}

export function subscribeBudget(listener: () => void): () => void {
  listenToOtherTabs();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
