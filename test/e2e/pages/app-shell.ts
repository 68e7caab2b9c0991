/** The signed-in frame: main navigation and account controls, folded into a menu on phones. */
import type { Page } from '@playwright/test';

export class AppShellPage {
  constructor(private readonly page: Page) {}

  get menuButton() {
    return this.page.getByRole('button', { name: 'Menu' });
  }

  /** Opens the menu when the header is folded (phones); a no-op on wide screens. */
  async openMenuIfFolded() {
    if (!(await this.menuButton.isVisible())) return;
    if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true')
      await this.menuButton.click();
  }

  async signOut() {
    await this.openMenuIfFolded();
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  async goTo(link: 'Files' | 'Import JSON') {
    await this.openMenuIfFolded();
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: link })
      .click();
  }
}
