/** Registers every element of the kit. Safe to import more than once. */
import './define/campaign-banner.js';
import './define/objective-browser.js';
import './define/practice.js';
import './define/practice-card.js';
import './define/practice-form.js';
import './define/practices.js';
import './define/resources.js';
