import type { Practice } from '@gcm-practices/contract';
import { getPractice } from '@gcm-practices/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PracticesClient } from './data-controller.js';
import type { PracticeSelectDetail } from './events.js';
import type { Locale } from './locale.js';
import { msg } from './localization.js';

export interface PracticeDialogHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PracticeDialogOptions {
  /** Whether titles open the dialog: not when they are links (`href-template`). */
  enabled: () => boolean;
  /** The query-string key of the open practice (`gcm-practice`), or null without `sync-url`. */
  urlKey: () => string | null;
  /** The client the practice in the dialog reads through. */
  client: () => PracticesClient;
}

/**
 * A practice in full, in a modal `<dialog>` of the element that lists it: opened when a
 * title is activated and no listener of `gcm-practice-select` cancelled it, labelled by the
 * practice's title, closed by Escape or its close button, with focus back on the title and
 * the page behind kept from scrolling. With `sync-url` the open practice is in the query
 * string, so a link opens it; opening adds a history entry, so Back closes it.
 *
 * `<gcm-practice>` is imported when the first practice opens: a page pays for it only then.
 */
export class PracticeDialog implements ReactiveController {
  /** The practice on show, once known. */
  practice: Practice | undefined;
  /** The id of the practice on show, or undefined when closed. */
  id: string | undefined;
  /** The card whose title opened the dialog, to give focus back to. */
  #trigger: Element | undefined;
  /** True while the open practice's history entry is the one this dialog pushed. */
  #pushed = false;
  /** The host page's own `overflow`, restored on close. */
  #pageOverflow: string | undefined;
  #loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: PracticeDialogHost,
    private readonly options: PracticeDialogOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPopState);
    this.#followUrl();
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
    this.#unlockPage();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.practice-dialog');
  }

  /** Listener for `gcm-practice-select` on the list: opens the practice unless a page listener cancelled. */
  readonly onSelect = (event: Event): void => {
    if (!this.options.enabled()) return;
    const { detail } = event as CustomEvent<PracticeSelectDetail>;
    const card = event.composedPath()[0];
    // Listeners outside (the page's) run after this one: decide once the event has reached them.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.#trigger = card instanceof Element ? card : undefined;
      void this.open(detail.id, detail.practice, true);
    });
  };

  /** Show the practice `id` (and its record when known); `push` adds a history entry under `sync-url`. */
  async open(id: string, practice?: Practice, push = false): Promise<void> {
    this.#loading ??= import('../define/practice.js');
    this.id = id;
    this.practice = practice;
    if (!practice) this.#fetchTitle(id);
    const key = this.options.urlKey();
    if (key !== null && push) {
      const url = new URL(location.href);
      if (url.searchParams.get(key) !== id) {
        url.searchParams.set(key, id);
        history.pushState(history.state, '', url);
        this.#pushed = true;
      }
    }
    this.host.requestUpdate();
    await Promise.all([this.host.updateComplete, this.#loading]);
    const dialog = this.#dialog;
    // The element may have left the page while the practice's chunk loaded.
    if (dialog?.isConnected && !dialog.open && this.id === id) {
      dialog.showModal();
      this.#lockPage();
    }
  }

  /** The title labels the dialog: a practice opened by link is read for it. */
  #fetchTitle(id: string): void {
    getPractice(this.options.client(), id).then(
      (practice) => {
        if (this.id !== id) return;
        this.practice = practice;
        this.host.requestUpdate();
      },
      // The practice in the dialog shows the failure itself.
      () => {},
    );
  }

  close(): void {
    this.#dialog?.close();
  }

  /** The dialog closed (Escape, the close button, Back): tidy up and give focus back. */
  #onClose = (): void => {
    if (this.id === undefined) return;
    this.#unlockPage();
    this.id = undefined;
    this.practice = undefined;
    const key = this.options.urlKey();
    if (key !== null && new URLSearchParams(location.search).has(key)) {
      if (this.#pushed) {
        // Leave the entry opening added, so Forward opens it again.
        history.back();
      } else {
        const url = new URL(location.href);
        url.searchParams.delete(key);
        history.replaceState(history.state, '', url);
      }
    }
    this.#pushed = false;
    const trigger = this.#trigger;
    this.#trigger = undefined;
    this.host.requestUpdate();
    const title = trigger?.shadowRoot?.querySelector<HTMLElement>('[part~="link"]');
    (title ?? (trigger instanceof HTMLElement ? trigger : undefined))?.focus();
  };

  #onPopState = (): void => {
    this.#followUrl();
  };

  /** Under `sync-url`, show what the query string says: a practice, or none. */
  #followUrl(): void {
    const key = this.options.urlKey();
    if (key === null) return;
    const id = new URLSearchParams(location.search).get(key)?.trim() || undefined;
    if (id === this.id) return;
    if (id === undefined) {
      // Back went past the entry: nothing to go back from any more.
      this.#pushed = false;
      this.close();
      return;
    }
    this.#pushed = false;
    void this.open(id);
  }

  #lockPage(): void {
    if (this.#pageOverflow !== undefined) return;
    const root = document.documentElement;
    this.#pageOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }

  #unlockPage(): void {
    if (this.#pageOverflow === undefined) return;
    document.documentElement.style.overflow = this.#pageOverflow;
    this.#pageOverflow = undefined;
  }

  /** The dialog, to render at the end of the host's template. */
  render(locale: Locale, theme: string | undefined) {
    if (this.id === undefined) return nothing;
    const label = this.practice?.title ?? msg('Practice', { id: 'dialog-practice' });
    return html`<dialog
      class="practice-dialog"
      part="dialog"
      aria-label=${label}
      dir=${locale === 'ar' ? 'rtl' : 'ltr'}
      @close=${this.#onClose}
    >
      <div class="dialog-bar">
        <button
          class="button dialog-close"
          part="button close-button"
          type="button"
          @click=${() => this.close()}
        >
          ${msg('Close', { id: 'dialog-close' })}
        </button>
      </div>
      <gcm-practice
        part="practice"
        .practice=${this.practice?.id === this.id ? this.practice : undefined}
        practice-id=${this.id}
        .client=${this.options.client()}
        lang=${locale}
        theme=${theme ?? nothing}
        @gcm-practice-select=${this.#onRelated}
      ></gcm-practice>
    </dialog>`;
  }

  /** A related practice opened inside the dialog: it is the open practice now. */
  #onRelated = (event: Event): void => {
    const { detail } = event as CustomEvent<PracticeSelectDetail>;
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.id = detail.id;
      this.practice = detail.practice;
      const key = this.options.urlKey();
      if (key !== null) {
        const url = new URL(location.href);
        url.searchParams.set(key, detail.id);
        history.replaceState(history.state, '', url);
      }
      this.host.requestUpdate();
    });
  };
}
