// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bindBudgetUser,
  blockedReason,
  budgetSnapshot,
  clearBudget,
  recordFigmaCall,
} from './budget';
import { endpointOf } from './endpoints';

const file = endpointOf('GET', '/v1/files/ABC');
const images = endpointOf('GET', '/v1/images/ABC');
const folders = endpointOf('GET', '/v2/teams/1/folders');
const meta = endpointOf('GET', '/v1/files/ABC/meta');
const ok = { status: 200, headers: new Headers() };

beforeEach(() => {
  localStorage.clear();
  bindBudgetUser(undefined);
  bindBudgetUser('ada');
});

describe('the Figma request budget', () => {
  it('knows each endpoint’s tier', () => {
    expect([file.tier, images.tier, folders.tier, meta.tier]).toEqual([1, 1, 2, 3]);
    expect(endpointOf('POST', '/v1/files/ABC/variables').tier).toBe(3);
    expect(file.fileKey).toBe('ABC');
  });

  it('counts per tier this session and over a rolling 30 days, per user, persisted', () => {
    const now = Date.UTC(2026, 10, 28);
    recordFigmaCall(file, ok, now - 31 * 86_400_000);
    recordFigmaCall(file, ok, now);
    recordFigmaCall(meta, ok, now);
    expect(budgetSnapshot(now).month).toEqual({ 1: 1, 2: 0, 3: 1 });
    expect(budgetSnapshot(now).session).toEqual({ 1: 2, 2: 0, 3: 1 });
    bindBudgetUser('linus');
    expect(budgetSnapshot(now).month).toEqual({ 1: 0, 2: 0, 3: 0 });
    bindBudgetUser('ada');
    expect(budgetSnapshot(now).month[3]).toBe(1);
    clearBudget('ada');
    expect(budgetSnapshot(now).month[3]).toBe(0);
  });

  it('a 429 blocks its tier until Retry-After, and a low limit type turns previews to on demand', () => {
    const now = Date.now();
    const headers = new Headers({ 'Retry-After': '3600', 'X-Figma-Rate-Limit-Type': 'low' });
    recordFigmaCall(images, { status: 429, headers }, now);
    expect(blockedReason(file, 'GET', now)).toEqual({ kind: 'rate-limit', until: now + 3_600_000 });
    expect(blockedReason(meta, 'GET', now)).toBeUndefined();
    expect(blockedReason(file, 'GET', now + 3_600_001)).toBeUndefined();
    expect(budgetSnapshot(now).previewsOnDemand).toBe(true);
    expect(budgetSnapshot(now).lowLimits).toBe(true);
  });

  it('remembers a scope Figma refused, for reads only', () => {
    const now = Date.now();
    recordFigmaCall(
      folders,
      { status: 403, headers: new Headers(), missingScope: 'folders:read' },
      now,
    );
    expect(blockedReason(folders, 'GET', now + 1000)).toEqual({
      kind: 'scope',
      scope: 'folders:read',
    });
    expect(blockedReason(endpointOf('GET', '/v2/folders/9/files'), 'POST', now)).toBeUndefined();
    expect(blockedReason(folders, 'GET', now + 2 * 86_400_000)).toBeUndefined();
  });
});
