/**
 * The Tokens tab's generated files, as a user picks them: the file list beside the code (the
 * desktop viewport the specs run at), where a file is an option named by its file name inside a
 * group named by its folder. One place to change if the picker changes again.
 */
import type { Locator, Page } from '@playwright/test';

export const fileList = (page: Page): Locator =>
  page.getByRole('listbox', { name: 'Generated files' });

/** A file by its full path, or the first whose file name matches a pattern. */
export function generatedFile(page: Page, path: string | RegExp): Locator {
  const list = fileList(page);
  if (path instanceof RegExp) return list.getByRole('option', { name: path }).first();
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const folder =
    slash < 0
      ? list.locator(':scope > [role=option]')
      : list.getByRole('group', { name: path.slice(0, slash + 1), exact: true });
  return slash < 0
    ? folder.and(page.getByRole('option', { name, exact: true }))
    : folder.getByRole('option', { name, exact: true });
}

export async function openGeneratedFile(page: Page, path: string | RegExp): Promise<void> {
  await generatedFile(page, path).click();
}

/** Every generated file's path, in list order, once the list has been drawn. */
export async function generatedFilePaths(page: Page): Promise<string[]> {
  const options = fileList(page).getByRole('option');
  await options.first().waitFor();
  return Promise.all(
    (await options.all()).map(async (option) => (await option.getAttribute('data-path')) ?? ''),
  );
}
