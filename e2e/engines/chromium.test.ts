/** The cross-engine journeys in Debian's Chromium (playwright-core). */
import { chromiumEngine } from './chromium-driver';
import { defineJourneys } from './journeys';

defineJourneys(chromiumEngine());
