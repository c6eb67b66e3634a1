/**
 * The one door to zod. `zod/mini` keeps the runtime small (the store validates records on the
 * dashboard's critical path), and `jitless` stops zod probing `new Function`, which the app's
 * Content-Security-Policy forbids. Import zod from here only, so the config always runs first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
