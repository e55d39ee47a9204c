// <gcm-objective-browser> shows each objective's practices in a <gcm-practices>, so it registers it too.
import './practices.js';
import { GcmObjectiveBrowser } from '../components/objective-browser/objective-browser.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-objective-browser', GcmObjectiveBrowser, GcmObjectiveBrowser.version);

// The tag in HTMLElementTagNameMap and the element's typed events, written from the manifest.
export type { GcmObjectiveBrowserEventMap } from '../generated/element-events.js';
