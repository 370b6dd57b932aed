// The docs' front page: both APIs with their versions, a link to each
// reference and to the bundled specs. Self-contained: no external asset.

// An inline icon, so that no page makes the browser ask for /favicon.ico.
export const ICON =
  '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230969da%22/%3E%3C/svg%3E">';

/** A page with the icon added to its head. */
export const withIcon = (html) => html.replace('<head>', `<head>\n  ${ICON}`);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Markdown's inline links and code as HTML, the rest escaped: enough for one paragraph of a spec's description. */
const inlineMarkdown = (text) =>
  escapeHtml(text)
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

/** The first paragraph of a `## heading` section of a Markdown description, on one line; undefined without one. */
export function sectionOf(description, heading) {
  const after = description.split(/^## /m).find((section) => section.startsWith(`${heading}\n`));
  return after
    ?.slice(heading.length)
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s*\n\s*/g, ' ');
}

/** An API's deprecation, said before anything else about it. */
const deprecationOf = ({ deprecated, operations, deprecation }) =>
  deprecated
    ? `\n      <p class="deprecated"><strong>Deprecated by the vendor: ${deprecated} of ${operations} operations.</strong>${deprecation ? ` ${inlineMarkdown(deprecation)}` : ''}</p>`
    : '';

export function landingPage(apis) {
  const cards = apis
    .map(
      (card) => `    <section class="api" id="${card.api}">
      <h2><a href="${card.api}.html">${escapeHtml(card.title)}</a> <span class="version">v${escapeHtml(card.version)}</span></h2>${deprecationOf(card)}
      <p>${escapeHtml(card.summary)}</p>
      <p>${card.operations} operations · <a href="${card.api}.html">Reference</a> (<a href="${card.api}.html#/section/getting-started">Getting started</a>, <a href="${card.api}.html#/section/errors">Errors</a>, <a href="${card.api}.html#/section/changelog">Changelog</a>) · Bundled spec: <a href="${card.api}.openapi.yaml" download>YAML</a>, <a href="${card.api}.openapi.json" download>JSON</a></p>
    </section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>chatapi: chat API reference</title>
  ${ICON}
  <style>
    body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2328; }
    h1 { font-size: 1.8rem; }
    .api { border: 1px solid #d0d7de; border-radius: 8px; padding: 0 1.25rem; margin: 1.5rem 0; }
    .version { font-size: 0.9rem; color: #57606a; font-weight: normal; }
    a { color: #0969da; }
    .deprecated { border-left: 4px solid #9a6700; background: #fff8c5; padding: 0.5rem 0.75rem; }
  </style>
</head>
<body>
  <h1>chatapi: chat API reference</h1>
  <p>Hand-written OpenAPI 3.1 descriptions of two vendors' chat APIs, with code samples for curl and the typed clients <code>@chatapi/nexudus-client</code> and <code>@chatapi/popsell-client</code>. Everything on these pages works offline.</p>
${cards}
</body>
</html>
`;
}
