// `redocly build-docs --inlineBundle` puts the whole of Redoc (2.3 MB, the
// same for every page) into each page's module script, ahead of the page's
// own few lines (its definition and the call to `hydrate`). Moved into one
// same-origin file, a reader's browser fetches Redoc once for both
// references, and a page costs only its own text.

export const REDOC_SCRIPT = 'redoc.standalone.js';

const MODULE_START = '<script type="module">';
const LIBRARY_END = 'export{RedocStandalone,hydrate,init};';

/** Splits a built page into Redoc's library and the page, which now imports it; throws if the page is not as built. */
export function withSharedRedoc(html) {
  const start = html.indexOf(MODULE_START);
  const end = html.indexOf(LIBRARY_END, start);
  if (start < 0 || end < 0) throw new Error("the page has no inlined Redoc module: redocly's output changed");
  const library = html.slice(start + MODULE_START.length, end + LIBRARY_END.length).trimStart();
  const own = html.slice(end + LIBRARY_END.length);
  const close = own.indexOf('</script>');
  // The first idle moment after hydrate: when the page answers a reader (bench/docs-weight.js times it).
  const interactive = "\nrequestIdleCallback(() => performance.mark('redoc-interactive'));\n";
  const page = `${html.slice(0, start)}${MODULE_START}\nimport { hydrate } from './${REDOC_SCRIPT}';${own.slice(0, close)}${interactive}${own.slice(close)}`;
  // Fetched from the head on, not once the whole page has arrived and its module script is found.
  const preload = `<link rel="modulepreload" href="./${REDOC_SCRIPT}">`;
  return { library, page: page.replace('</head>', `${preload}\n</head>`) };
}

/** The route Redoc shows an operation on, and the id of its section: `<first tag>/<operationId>`, lower-cased. */
export const operationRoute = (operation) =>
  `${operation.tags?.[0] ? `${operation.tags[0].toLowerCase()}/` : ''}${operation.operationId.toLowerCase()}`;

/**
 * Redoc renders its menu's links root-relative (`/section/quirks`, `/tag/chatrooms/operation/getchatroom`); a
 * click before the script has run loads that path, which does not exist. As fragments (`#/section/quirks`),
 * the path Redoc's router reads from the URL, they keep the reader on the page.
 */
export const withFragmentLinks = (html) => html.replace(/href="\/((?:section|tag|operation)\/[^"]*)"/g, 'href="#/$1"');
