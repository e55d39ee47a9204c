/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  const [light, dark] = la > lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The pairs of brand colours that text is drawn in, and the ratio WCAG AA asks of each. */
export const CONTRAST_PAIRS = [
  ['--gcm-color-on-primary', '--gcm-color-primary', 'Text on primary buttons', 4.5],
  ['--gcm-color-text', '--gcm-color-surface', 'Text on cards and controls', 4.5],
  ['--gcm-color-primary', '--gcm-color-surface', 'Links and outlines on cards', 4.5],
  ['--gcm-color-accent', '--gcm-color-surface', 'Featured mark on cards', 4.5],
] as const;
