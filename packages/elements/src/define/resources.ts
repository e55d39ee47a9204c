import { GcmResources } from '../components/resources/resources.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-resources', GcmResources, GcmResources.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-resources': GcmResources;
  }
}
