import { loadPlatform } from '../catalogue/catalogue';
import type { Platform } from '../schema/catalogue';

/**
 * The route's loader: the platform's chunk starts loading with the page's own code, and the page
 * renders once both are there — no Suspense fallback, whose reveal React holds back for up to 300 ms.
 */
export function platformLoader({ params }: { params: { id?: string } }): Promise<Platform> | null {
  return (params.id && loadPlatform(params.id)) || null;
}
