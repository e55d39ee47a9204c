import { GcmCampaignBanner } from '../components/campaign-banner/campaign-banner.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-campaign-banner', GcmCampaignBanner, GcmCampaignBanner.version);

declare global {
  interface HTMLElementTagNameMap {
    'gcm-campaign-banner': GcmCampaignBanner;
  }
}
