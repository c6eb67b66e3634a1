/**
 * A setting's id starts with its platform's id and a dot (`linkedin.ai-training`): the catalogue
 * check enforces it, so the platform can be read off the id without the catalogue at hand.
 */
export function platformIdOf(settingId: string): string {
  const dot = settingId.indexOf('.');
  return dot === -1 ? settingId : settingId.slice(0, dot);
}
