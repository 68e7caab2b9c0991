import { useSyncExternalStore } from 'react';
import { budgetSnapshot, subscribeBudget } from './budget';
import type { BudgetSnapshot } from './budget';

/** The signed-in user's Figma request budget, updated as calls are made (in any tab). */
export function useFigmaBudget(): BudgetSnapshot {
  return useSyncExternalStore(subscribeBudget, () => budgetSnapshot());
}
