/**
 * Our card at scale: the page fetches the first N practices (pages of 100)
 * and the taxonomies with the same requests as the vanilla baseline, then
 * creates N `<gcm-practice-card>`s with `.practice` and `.taxonomies` set, as
 * the catalogue does for its cards. The CDN loader sees them arrive and
 * registers the card (properties set before the upgrade are kept by Lit).
 */
import { fetchPractices } from '../../baseline/vanilla-cards.js';
import { type RenderedCard, renderedCards, titleOf } from './cards.js';
import { apiUrl, bench, expectedCount, watch } from './probe.js';

const container = document.querySelector('#practices') as HTMLElement;
const cards: RenderedCard[] = [];

watch(
  () => renderedCards(cards),
  () => cards.map(titleOf),
);

try {
  const { practices, taxonomies } = await fetchPractices(apiUrl(), expectedCount());
  const list = document.createElement('ul');
  list.className = 'practice-list';
  for (const practice of practices) {
    const item = document.createElement('li');
    const card = document.createElement('gcm-practice-card') as RenderedCard;
    card.practice = practice;
    card.taxonomies = taxonomies;
    item.append(card);
    list.append(item);
    cards.push(card);
  }
  container.append(list);
} catch (error) {
  bench().reject(`loading practices failed: ${String(error)}`);
}
