import { GcmResources } from '../components/resources/resources.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-resources', GcmResources, GcmResources.version);

// The tag in HTMLElementTagNameMap and the element's typed events, written from the manifest.
export type { GcmResourcesEventMap } from '../generated/element-events.js';
