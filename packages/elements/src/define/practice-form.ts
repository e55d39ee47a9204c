import { GcmPracticeForm } from '../components/practice-form/practice-form.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-practice-form', GcmPracticeForm, GcmPracticeForm.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-practice-form': GcmPracticeForm;
  }
}
