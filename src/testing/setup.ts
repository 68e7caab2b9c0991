import '@testing-library/jest-dom/vitest';
import { clearBudget } from '../figma/budget';

// The Figma request budget lives at module level and in localStorage, as it does in the app;
// each test starts with none, so a scope one test marked missing cannot refuse another's calls.
afterEach(() => {
  clearBudget();
});
