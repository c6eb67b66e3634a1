/**
 * A platform's face: up to two initials on a colour derived from its id. Pure and small, so the
 * dashboard can draw one for every platform without an image request (the CSP allows none
 * elsewhere anyway). White text on the colour always meets WCAG AA (4.5:1), checked here rather
 * than hoped for, since the hue is arbitrary.
 */
import { fnv1a } from '../catalogue/fnv1a';

/** "LinkedIn" → "LI", "Google Maps" → "GM", "X (Twitter)" → "X", "23andMe" → "23". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s\-_/.]+|(?<=[a-z])(?=[A-Z])/)
    .filter(Boolean);
  const first = words[0] ?? '?';
  const digits = /^\d+/.exec(first);
  if (digits) return digits[0].slice(0, 2);
  const second = words[1];
  return (first[0]! + (second?.[0] ?? '')).toUpperCase();
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of white text on the colour. */
export const contrastWithWhite = (rgb: readonly [number, number, number]) => 1.05 / (luminance(rgb) + 0.05);

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The monogram's background: a hue from the id, darkened until white text reaches 4.5:1. */
export function monogramColour(id: string): string {
  const hue = fnv1a(id) % 360;
  let lightness = 0.46;
  let rgb = hslToRgb(hue, 0.62, lightness);
  while (contrastWithWhite(rgb) < 4.5) {
    lightness -= 0.02;
    rgb = hslToRgb(hue, 0.62, lightness);
  }
  return toHex(rgb);
}
