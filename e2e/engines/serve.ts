import { startPreview } from '../harness';
import type { Site } from './driver';

/** The built app on `vite preview`, stopped once however often `stop` is called. */
export async function previewSite(): Promise<Site> {
  const { server, baseURL } = await startPreview();
  let stopped: Promise<void> | undefined;
  return { baseURL, stop: () => (stopped ??= server.close()) };
}
