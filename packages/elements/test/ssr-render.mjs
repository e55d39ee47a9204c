// Renders one element of the built package with @lit-labs/ssr, as a server would, and prints
// `{ html, practice }` as JSON. It runs in its own process because Lit's server build installs a
// DOM shim on `globalThis`, which the test runner's own process must not see.
import { practices } from '@gcm-practices/dataset';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@gcm-practices/elements/define';

const practice = practices.find((p) => p.id === 'pacaraima-committee');

const templates = {
  'gcm-practices': () => html`<gcm-practices objective="10" page-size="3"></gcm-practices>`,
  'gcm-practice-card': () => html`<gcm-practice-card .practice=${practice}></gcm-practice-card>`,
  'gcm-practice': () => html`<gcm-practice .practice=${practice}></gcm-practice>`,
  'gcm-objective-browser': () =>
    html`<gcm-objective-browser selected="10"></gcm-objective-browser>`,
  'gcm-resources': () => html`<gcm-resources page-size="3"></gcm-resources>`,
  'gcm-practice-form': () => html`<gcm-practice-form></gcm-practice-form>`,
  'gcm-campaign-banner': () =>
    html`<gcm-campaign-banner campaign="world-day-against-trafficking" now="2026-07-18"></gcm-campaign-banner>`,
};

const tag = process.argv[2];
const template = templates[tag];
if (!template) {
  console.error(`no server template for <${tag}>`);
  process.exit(2);
}
const markup = await collectResult(render(template()));
process.stdout.write(JSON.stringify({ html: markup, practice }));
