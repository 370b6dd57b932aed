// Two things Redoc leaves out that readers of every page need, added by a
// small script that keeps them through Redoc's route changes:
// - code blocks and wide tables scroll sideways, and a keyboard can reach
//   a scrollable region only if it can take focus (axe-core's
//   scrollable-region-focusable): each gets tabindex="0";
// - a page deep-linked to one operation renders no h1: a visually hidden
//   one names the reference for screen readers until Redoc shows its own;
// - the example picker's accessible name ("Example") leaves out the example
//   it shows, which speech input users say to reach it.
import { withScriptAtEndOfBody } from './page-script.js';

const SCRIPT = `(() => {
  const SCROLLABLE = 'pre:not([tabindex]), .md-table-wrapper:not([tabindex])';
  const fix = () => {
    for (const region of document.querySelectorAll(SCROLLABLE)) region.tabIndex = 0;
    // The example picker is labelled "Example" but shows the example's name: its name must hold what it shows.
    for (const picker of document.querySelectorAll('button[aria-label="Example"]'))
      if (picker.textContent.trim()) picker.setAttribute('aria-label', 'Example: ' + picker.textContent.trim());
    const own = document.querySelector('h1:not(#page-title)');
    const title = document.getElementById('page-title');
    if (title) title.hidden = own !== null;
  };
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
  fix();
})();`;

const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

/** A built page with the hidden title first in its body and the script at its end. */
export function withKeyboardAccess(html, title) {
  const heading = `<h1 id="page-title" style="${HIDDEN}">${title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</h1>`;
  return withScriptAtEndOfBody(html, SCRIPT).replace(/<body([^>]*)>/, `<body$1>\n${heading}`);
}
