import { oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestEnv {
  /** The reference API started for this run. */
  apiUrl: string;
  /** The same API allowing one submission an hour per client. */
  limitedApiUrl: string;
  /** A URL nobody listens on: connection refused. */
  downUrl: string;
}

let env: Promise<TestEnv> | undefined;

/** Where the test API and the hostile routes are. */
export function testEnv(): Promise<TestEnv> {
  env ??= fetch('/__test-env').then((r) => r.json() as Promise<TestEnv>);
  return env;
}

/** Base URL of a hostile route on the test server: `hostile('500')`. */
export function hostile(mode: string): string {
  return `${location.origin}/hostile/${mode}`;
}

export async function setHostileSwitch(on: boolean): Promise<void> {
  await fetch(`/__hostile/switch?on=${on ? 1 : 0}`);
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function $(el: Element, selector: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

/**
 * Wait until `predicate` holds, re-checking every 20 ms. A minute without it is a failure,
 * whatever the load; the limit lives here so no test sets its own (CONTRIBUTING.md, "Tests").
 */
export function until(predicate: () => unknown, message = 'condition not met') {
  return waitUntil(predicate, message, { timeout: 60_000, interval: 20 });
}

/** Wait for the next `gcm-*` event of `name` from `el`. */
export function next<T = unknown>(el: Element, name: string): Promise<CustomEvent<T>> {
  return oneEvent(el, name) as Promise<CustomEvent<T>>;
}

/** Text content with runs of whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An API request the page sent, and why it failed (`net::ERR_ABORTED` when cancelled). */
export interface LoggedRequest {
  url: string;
  failure: string | null;
}

/** Start counting the API requests the page sends (from Chromium's own network events). */
export async function startNetworkLog(): Promise<void> {
  await executeServerCommand('network-log', { action: 'start' });
}

/** The API requests sent since `startNetworkLog()`. */
export function networkLog(): Promise<LoggedRequest[]> {
  return executeServerCommand<LoggedRequest[]>('network-log', { action: 'read' });
}
