// Renders every element of the built package with @lit-labs/ssr, as a server would, and prints
// `{ html: { [tag]: markup }, practice }` as JSON. It runs in its own process because Lit's server
// build installs a DOM shim on `globalThis`, which the test runner's own process must not see;
// one process for all of them, because starting Node and loading Lit's server build is most of
// the cost, and on a busy machine one start per element took minutes.
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

const rendered = {};
for (const [tag, template] of Object.entries(templates)) {
  rendered[tag] = await collectResult(render(template()));
}
process.stdout.write(JSON.stringify({ html: rendered, practice }));
