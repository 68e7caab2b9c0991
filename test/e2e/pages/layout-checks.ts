/**
 * Layout checks that hold on every page at every width: nothing wider than the viewport, no text
 * drawn over other text within a table row, and every control reachable on screen.
 */
import type { Page } from '@playwright/test';

/** Pixels by which the document is wider than the viewport (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  });
}

/** Pairs of text boxes in the same table row that overlap, described for the failure message. */
export async function overlappingRowText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows = document.querySelectorAll('[role="row"], tr');
    const problems: string[] = [];
    for (const row of rows) {
      const boxes = [...row.querySelectorAll<HTMLElement>('*')]
        .filter((el) =>
          [...el.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          ),
        )
        .map((el) => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 1 && rect.height > 1);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (w > 1 && h > 1) {
            problems.push(`"${a.el.textContent?.trim()}" overlaps "${b.el.textContent?.trim()}"`);
          }
        }
      }
    }
    return problems;
  });
}

/**
 * Controls whose box leaves the viewport sideways. Controls inside a box that scrolls sideways on
 * its own (tab strips, wide tables) are reachable by scrolling that box, so they are not counted.
 */
export async function controlsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrollsSideways = (el: Element) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if ((overflowX === 'auto' || overflowX === 'scroll') && node.scrollWidth > node.clientWidth)
          return true;
      }
      return false;
    };
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex="0"]',
    );
    return [...controls]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) return false; // hidden or visually hidden
        return rect.left < -1 || rect.right > window.innerWidth + 1;
      })
      .filter((el) => !scrollsSideways(el))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`,
      );
  });
}
