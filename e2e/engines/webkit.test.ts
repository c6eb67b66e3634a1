/** The cross-engine journeys in WebKitGTK's MiniBrowser (selenium-webdriver, WebKitWebDriver, Xvfb). */
import { defineJourneys } from './journeys';
import { webkitEngine } from './webkit-driver';

defineJourneys(webkitEngine());
