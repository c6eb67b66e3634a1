/** Every route a person can reach, once each: the journeys that walk the whole app (axe, each language) share it. */
export const ROUTES = ['/', '/platforms/linkedin', '/search', '/due', '/report', '/changes', '/settings', '/guided', '/profiles', '/checklist', '/checklist/new', '/platforms/no-such-platform'];
