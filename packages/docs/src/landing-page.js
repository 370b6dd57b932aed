// The docs' front page: both APIs with their versions, a link to each
// reference and to the bundled specs. Self-contained: no external asset.

// An inline icon, so that no page makes the browser ask for /favicon.ico.
export const ICON =
  '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230969da%22/%3E%3C/svg%3E">';

/** A page with the icon added to its head. */
export const withIcon = (html) => html.replace('<head>', `<head>\n  ${ICON}`);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function landingPage(apis) {
  const cards = apis
    .map(
      ({ api, title, version, summary, operations }) => `    <section class="api" id="${api}">
      <h2><a href="${api}.html">${escapeHtml(title)}</a> <span class="version">v${escapeHtml(version)}</span></h2>
      <p>${escapeHtml(summary)}</p>
      <p>${operations} operations · <a href="${api}.html">Reference</a> · Bundled spec: <a href="${api}.openapi.yaml" download>YAML</a>, <a href="${api}.openapi.json" download>JSON</a></p>
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
