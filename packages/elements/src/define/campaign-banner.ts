import { GcmCampaignBanner } from '../components/campaign-banner/campaign-banner.js';
import { defineElement } from '../shared/define-element.js';

defineElement('gcm-campaign-banner', GcmCampaignBanner, GcmCampaignBanner.version);

// The tag in HTMLElementTagNameMap and the element's typed events, written from the manifest.
export type { GcmCampaignBannerEventMap } from '../generated/element-events.js';
