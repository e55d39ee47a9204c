import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiJson, text } from './browser.js';

export interface Campaign {
  id: string;
  title: string;
}

/** The banner shows the campaign's title from the API. */
export async function expectBannerTitle(page: Page, selector: string, title: string) {
  await expect.poll(() => text(page.locator(`${selector} [part~="title"]`))).toBe(title);
}

export async function campaign(id: string): Promise<Campaign> {
  const { data } = await apiJson<{ data: Campaign[] }>('/v1/campaigns?pageSize=100');
  const found = data.find((c) => c.id === id);
  if (!found) throw new Error(`the API has no campaign ${id}`);
  return found;
}

export interface Objective {
  number: number;
  title: string;
  shortTitle: string;
  practiceCount: number;
}

export async function objective(n: number): Promise<Objective> {
  return apiJson<Objective>(`/v1/objectives/${n}`);
}

/**
 * The objective browser lists the 23 objectives and opens the one it was given, titled in the
 * page's language where the API has an official wording (`lang`).
 */
export async function expectObjectiveBrowser(
  page: Page,
  selector: string,
  selected: number,
  lang = 'en',
) {
  const browser = page.locator(selector);
  const { data } = await apiJson<{ data: Objective[] }>(`/v1/objectives?lang=${lang}`);
  await expect.poll(() => browser.getByRole('tab').count()).toBe(data.length);
  const current = browser.getByRole('tab', { selected: true });
  await expect.poll(() => current.count()).toBe(1);
  const panel = browser.getByRole('tabpanel');
  const expected = data.find((o) => o.number === selected);
  if (!expected) throw new Error(`no objective ${selected}`);
  await expect.poll(() => text(panel.locator('[part~="heading"]'))).toContain(expected.title);
}

export interface ResourcePage {
  data: { id: string; title: string; year: number | null }[];
  meta: { total: number; page: number; pageSize: number; pageCount: number };
}

/** The publication titles a resource library shows, once it has finished loading. */
export async function libraryTitles(page: Page, selector: string): Promise<string[]> {
  const library = page.locator(selector);
  await expect
    .poll(() => library.locator('.results-region').getAttribute('aria-busy'), { timeout: 20_000 })
    .toBe('false');
  return library.locator('[part="item-title"]').allInnerTexts();
}

/** Wait until a resource library shows exactly these titles (it reloads after every change). */
export async function expectLibrary(page: Page, selector: string, titles: string[]) {
  await expect.poll(() => libraryTitles(page, selector), { timeout: 20_000 }).toEqual(titles);
}
