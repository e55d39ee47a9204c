/**
 * Every element of the CDN build, by tag. The loader registers an element
 * from this list when the page uses its tag; the build makes one chunk per
 * tag from `src/define/<name>.ts` (`gcm-<name>` → `<name>.ts`); the size
 * budgets and `pnpm bench` measure every tag listed here.
 *
 * Adding an element: add its tag here, and its define module to `define.ts`
 * (the npm entry that registers everything, which the one-file build uses).
 * See "Adding an element" in the README.
 */
export const ELEMENT_TAGS = [
  'gcm-campaign-banner',
  'gcm-objective-browser',
  'gcm-practice',
  'gcm-practice-card',
  'gcm-practice-form',
  'gcm-practices',
  'gcm-resources',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** The module under `src/define/` that registers `tag`. */
export function defineModuleOf(tag: ElementTag): string {
  return `${tag.slice('gcm-'.length)}.ts`;
}
