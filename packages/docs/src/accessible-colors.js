// Redoc's default palette fails WCAG AA contrast in places axe-core finds:
// the deprecated operations' grey in the menu (2.72:1 in light mode, 2.15:1
// in dark), its blue links and buttons (3.89:1), and dark mode's secondary
// grey (3.11:1), and its primary button in dark mode (3.77:1). Redoc's theme is CSS custom properties on :root and
// :root.dark; these override them with colours of at least 4.5:1, under a
// selector that outranks Redoc's own whatever order the styles load in.
const LIGHT = {
  '--color-blue-6': '#0a5fd1',
  '--color-warm-grey-5': '#6b6d78',
  '--color-warm-grey-7': '#6b6d78',
};
const DARK = {
  // The primary button's own background, not the blue links on the dark page use.
  '--button-bg-color-primary': '#0a5fd1',
  '--color-warm-grey-5': '#9a9ca8',
  '--color-warm-grey-6': '#a3a4ae',
  '--color-warm-grey-7': '#9a9ca8',
};

const declarations = (colors) =>
  Object.entries(colors)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');

export const ACCESSIBLE_COLORS = `<style id="accessible-colors">html:root{${declarations(LIGHT)}}html:root.dark{${declarations(DARK)}}</style>`;

/** A built page with the overrides at the end of its head. */
export const withAccessibleColors = (html) => html.replace('</head>', `${ACCESSIBLE_COLORS}\n</head>`);
