// A classic script added to a built page, after everything Redoc put there.

/** The page with `<script>source</script>` before its last </body>: Redoc's inlined script holds the string too. */
export function withScriptAtEndOfBody(html, source) {
  const end = html.lastIndexOf('</body>');
  return `${html.slice(0, end)}<script>${source}</script>\n${html.slice(end)}`;
}
