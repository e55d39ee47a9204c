import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, type Locale, resolveLocale, unwatchLang, watchLang } from './locale.js';
import { inLocale, localeReady } from './localization.js';
import { VERSION } from './version.js';

/**
 * What every GCM element shares: its release version (read by the registration
 * guard), the `theme` attribute, and per-element language. The language is
 * resolved before each render and msg() answers in it for that render only, so
 * elements in different languages can sit on one page.
 *
 * The shared tokens below reach every element (set them on the element or any ancestor);
 * each element lists its own `--gcm-<element>-*` properties.
 *
 * @cssproperty --gcm-color-primary - Links, buttons, focus of attention. Default `#0a5ea8` (dark `#8cc4ff`).
 * @cssproperty --gcm-color-on-primary - Text on the primary colour. Default `#ffffff` (dark `#06223d`).
 * @cssproperty --gcm-color-text - Text colour. Default `#1b1f24` (dark `#e8edf2`).
 * @cssproperty --gcm-color-text-muted - Secondary text. Default `#4a5562` (dark `#b7c1cc`).
 * @cssproperty --gcm-color-surface - Background of boxes. Default `#ffffff` (dark `#161a1f`).
 * @cssproperty --gcm-color-surface-alt - Background of secondary areas. Default `#f2f4f7` (dark `#222830`).
 * @cssproperty --gcm-color-border - Borders. Default `#747e8a` (dark `#8893a0`).
 * @cssproperty --gcm-color-accent - Accents (featured marks, highlights). Default `#8a4500` (dark `#ffc46b`).
 * @cssproperty --gcm-color-danger - Error messages. Default `#a8231b` (dark `#ffb4ab`).
 * @cssproperty --gcm-color-focus - Focus ring. Default `#1551c2` (dark `#9fcaff`).
 * @cssproperty --gcm-font-family - Font. Default: inherited from the page.
 * @cssproperty --gcm-font-size - Base text size, which the elements' sizes follow. Default `medium`.
 * @cssproperty --gcm-radius - Corner radius. Default `0.5em`.
 * @cssproperty --gcm-space - Base spacing unit. Default `1em`.
 */
export class GcmElement extends LitElement {
  /** The release of @gcm-practices/elements this class belongs to. */
  static readonly version: string = VERSION;

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: must run Lit's getter with the subclass as `this`.
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  /** The language this element renders in, resolved from `lang` before each update. */
  protected locale: Locale = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** `ltr` or `rtl`, following the resolved language. */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** Waits for the language's strings before the first render in that language. */
  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = localeReady(resolveLocale(this));
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale = resolveLocale(this);
  }

  protected override update(changed: PropertyValues): void {
    inLocale(this.locale, () => super.update(changed));
  }

  /** Compute text outside render (announcements, event handlers) in this element's language. */
  protected t<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }
}
