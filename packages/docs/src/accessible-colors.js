// Redoc's default palette fails WCAG AA contrast (4.5:1 for text) in places
// axe-core finds: the deprecated operations' grey (2.72:1 light, 2.15:1
// dark), its blue links and primary button (3.89:1, 3.77:1), the HTTP method
// badges in light mode (PATCH 1.65:1, GET 2.58:1, the Deprecated badge
// 1.96:1), code tokens (2.89:1 to 4.45:1) and dark mode's greys and schema
// names (3.11:1). Redoc's theme is CSS custom properties on :root, :root.dark
// and its tag classes; these override them with colours of at least 4.5:1,
// under selectors that outrank Redoc's own whatever order the styles load in.
const LIGHT = {
  '--color-blue-6': '#0a5fd1',
  // A link-styled button under the pointer (4.46:1 on the panel's #fbfbfc) and pressed.
  '--button-content-color-link-hover': '#0a4fae',
  '--button-content-color-link-pressed': '#083f8c',
  '--color-warm-grey-5': '#5d5f69',
  '--color-warm-grey-7': '#5d5f69',
  '--text-color-disabled': '#5d5f69',
  '--badge-deprecated-text-color': '#1a1c21',
  '--code-block-tokens-function-color': '#a34a06',
  '--code-block-tokens-operator-color': '#a34a06',
  '--code-block-tokens-class-name-color': '#a34a06',
  '--code-block-tokens-string-color': '#1d6b35',
  '--code-block-tokens-boolean-color': '#177040',
  '--code-block-tokens-keyword-color': '#a3186b',
};
const DARK = {
  // The primary button's own background, not the blue links on the dark page use.
  '--button-bg-color-primary': '#0a5fd1',
  '--color-warm-grey-5': '#9a9ca8',
  '--color-warm-grey-6': '#a3a4ae',
  '--color-warm-grey-7': '#9a9ca8',
  '--text-color-disabled': '#b4b5bf',
  '--schemas-property-name-text-color': '#6eabfa',
};
/** HTTP method badges in light mode: each method's own hue, dark enough to read on white and on its tint. */
const LIGHT_METHODS = {
  get: '#115e33',
  query: '#115e33',
  post: '#1245a8',
  put: '#8a3f05',
  patch: '#665000',
  delete: '#a3062f',
  head: '#45389c',
};

const declarations = (colors) =>
  Object.entries(colors)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');

// A nested property's name takes its level's colour from a palette fixed in Redoc's code, not from the
// theme: on the dark page the first three levels' (#9D00FF, #615CEA, #147DF5) are 2.86:1 to 3.9:1, on white
// the third to ninth are 1.8:1 to 3.98:1. Names take the theme's property-name colour at every level; the
// level's colour stays on the line beside them.
const NESTED_NAMES = 'html:root .schema-name{color:var(--schemas-property-name-text-color)}';

const methods = Object.entries(LIGHT_METHODS)
  .map(([method, color]) => `html:root:not(.dark) .tag-${method}{--tag-color:${color}}`)
  .join('');

export const ACCESSIBLE_COLORS = `<style id="accessible-colors">html:root:not(.dark){${declarations(LIGHT)}}html:root.dark{${declarations(DARK)}}${methods}${NESTED_NAMES}</style>`;

/** A built page with the overrides at the end of its head. */
export const withAccessibleColors = (html) => html.replace('</head>', `${ACCESSIBLE_COLORS}\n</head>`);
