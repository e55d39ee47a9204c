import { GcmPractice } from '../components/practice/practice.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-practice', GcmPractice, GcmPractice.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-practice': GcmPractice;
  }
}
