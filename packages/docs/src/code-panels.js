// Code a reader can read and copy, in panels about 460 px wide:
// - long lines wrap (a URL breaks where it must) instead of running under
//   the panel's edge, and Redoc's copy button gets a margin of its own
//   instead of covering the end of the first line;
// - the code blocks of the guides (getting started, authentication) get a
//   copy button, which Redoc gives only its own samples. The button is in the
//   Markdown, so Redoc renders it on the server and in the browser alike (a
//   button added by a script would break the page's hydration), and one
//   listener on the document copies for all of them.
// The quirk blocks get a rule between them, so one ends where the next starts.
import { withScriptAtEndOfBody } from './page-script.js';

const FENCE = /^```[^\n]*\n[\s\S]*?^```$/gm;

/** Markdown whose fenced code blocks each sit in a frame with a copy button. */
export const withCopyButtons = (markdown) =>
  markdown.replace(
    FENCE,
    (block) =>
      `<div class="chatapi-code">\n<button type="button" class="chatapi-copy" aria-label="Copy this code">Copy</button>\n\n${block}\n\n</div>`,
  );

const STYLE = `<style id="code-panels">
pre, pre code { white-space: pre-wrap !important; overflow-wrap: anywhere; }
pre[data-component-name="CodeBlock/CodeBlockContainer"] { padding-right: 2.75rem !important; }
.chatapi-code { position: relative; }
.chatapi-code > pre { padding-right: 4.5rem !important; }
.chatapi-copy { position: absolute; top: 0.5rem; right: 0.5rem; z-index: 1; font: inherit; font-size: 0.8125rem;
  padding: 0.125rem 0.5rem; border: 1px solid currentColor; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
.quirk { border-top: 1px solid var(--border-color-secondary, #d9dade); padding-top: 0.75rem; margin-top: 1rem; }
</style>`;

const SCRIPT = `document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('.chatapi-copy');
  const code = button?.parentElement.querySelector('pre');
  if (!code) return;
  const text = code.innerText.replace(/\\n$/, '');
  let done = false;
  try { await navigator.clipboard.writeText(text); done = true; } catch {
    // No clipboard API (a page served over plain http to another host): the selection's copy command.
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    done = document.execCommand('copy');
    area.remove();
  }
  button.textContent = done ? 'Copied' : 'Select and copy';
  setTimeout(() => { button.textContent = 'Copy'; }, 2000);
});`;

/** A built page with the style at the end of its head and the copy listener at the end of its body. */
export function withReadableCodePanels(html) {
  return withScriptAtEndOfBody(html, SCRIPT).replace('</head>', `${STYLE}\n</head>`);
}
