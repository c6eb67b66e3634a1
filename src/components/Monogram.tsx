import { initialsOf, monogramColour } from './monogram';

/**
 * A platform's initials on its own colour, as inline SVG: no image request, and `fill` is a
 * presentation attribute, so the strict style-src of the CSP does not apply. Decorative: the
 * platform's name is always written beside it.
 */
export function Monogram({ id, name, size = 40 }: { id: string; name: string; size?: number }) {
  const initials = initialsOf(name);
  return (
    <svg className="monogram" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill={monogramColour(id)} />
      <text x="20" y="21" textAnchor="middle" dominantBaseline="middle" fill="#fff" fontSize={initials.length > 1 ? 16 : 20} fontWeight="700">
        {initials}
      </text>
    </svg>
  );
}
