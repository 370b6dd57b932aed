// Redoc's standalone bundle still points its "API docs by Redocly" badge at
// images on Redocly's CDN. The pages must load nothing from elsewhere, so the
// badge gets an inline image with the same words instead.

const badge = (text, width) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#5d6b7c">${text}</text></svg>`,
  )}`;

const REPLACEMENTS = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': badge('Redocly', 48),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': badge('R', 10),
};

/** The page with every known CDN asset replaced by an inline one; throws if Redoc's bundle changed them. */
export function withoutCdnAssets(html) {
  let result = html;
  for (const [url, inline] of Object.entries(REPLACEMENTS)) {
    if (!result.includes(url)) throw new Error(`Redoc no longer uses ${url}: review src/offline.js`);
    result = result.split(url).join(inline);
  }
  return result;
}
