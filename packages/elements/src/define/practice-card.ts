import { GcmPracticeCard } from '../components/practice-card/practice-card.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-practice-card', GcmPracticeCard, GcmPracticeCard.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-practice-card': GcmPracticeCard;
  }
}
