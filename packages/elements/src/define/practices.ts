// <gcm-practices> renders <gcm-practice-card>s, so it registers the card too.
import './practice-card.js';
import { GcmPractices } from '../components/practices/practices.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-practices', GcmPractices, GcmPractices.version);

// The tag in HTMLElementTagNameMap and the element's typed events, written from the manifest.
export type { GcmPracticesEventMap } from '../generated/element-events.js';
