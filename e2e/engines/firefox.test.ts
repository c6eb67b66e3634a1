/** The cross-engine journeys in Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxEngine } from './firefox-driver';
import { defineJourneys } from './journeys';

defineJourneys(firefoxEngine());
