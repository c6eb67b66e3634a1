import type { Setting, Surface } from '../schema/catalogue';
import { SURFACES } from '../schema/constants';

/**
 * The person's own kind of device, from the user agent: its steps are shown first. On a computer
 * that is `desktop`, and the website's steps come straight after (see orderedSurfaces).
 */
export function surfaceOf(userAgent: string): Surface {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'desktop';
}

/** The surfaces a setting has steps for, the person's own first, then web, computer, iOS, Android. */
export function orderedSurfaces(steps: Setting['steps'], own: Surface): Surface[] {
  const order: Surface[] = [own, ...SURFACES.filter((s) => s !== own)];
  return order.filter((surface) => steps[surface]?.length);
}
