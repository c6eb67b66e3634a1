import type { Setting, Surface } from '../schema/catalogue';

/** The person's own kind of device, from the user agent: its steps are shown first. */
export function surfaceOf(userAgent: string): Surface {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'web';
}

/** The surfaces a setting has steps for, the person's own first, then web, iOS, Android. */
export function orderedSurfaces(steps: Setting['steps'], own: Surface): Surface[] {
  const order: Surface[] = [own, ...(['web', 'ios', 'android'] as const).filter((s) => s !== own)];
  return order.filter((surface) => steps[surface]?.length);
}
