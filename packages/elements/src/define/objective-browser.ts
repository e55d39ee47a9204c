// <gcm-objective-browser> shows each objective's practices in a <gcm-practices>, so it registers it too.
import './practices.js';
import { GcmObjectiveBrowser } from '../components/objective-browser/objective-browser.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-objective-browser', GcmObjectiveBrowser, GcmObjectiveBrowser.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-objective-browser': GcmObjectiveBrowser;
  }
}
