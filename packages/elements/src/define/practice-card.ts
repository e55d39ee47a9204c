import { GcmPracticeCard } from '../components/practice-card/practice-card.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-practice-card', GcmPracticeCard, GcmPracticeCard.version);

// The tag in HTMLElementTagNameMap and the element's typed events, written from the manifest.
export type { GcmPracticeCardEventMap } from '../generated/element-events.js';
