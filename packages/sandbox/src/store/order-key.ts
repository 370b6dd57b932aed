// Searches order text the way the sandbox always has, by Intl.Collator('en')
// (ICU's root order: case and accents count only when the letters tie). SQLite
// has no such collation, and better-sqlite3 cannot register one, so each text
// a search may order by is stored beside an order key whose plain binary
// order is the collator's: the letters' primary weights, then the accents,
// then the case. order-key.test.ts checks it against the collator.
const collator = new Intl.Collator('en');

// ICU's primary order of printable ASCII, letters folded to lower case.
const ASCII_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const PRIMARY = new Map([...ASCII_ORDER].map((character, index) => [character, String.fromCharCode(0x20 + index)]));

// Accents in the order the collator ranks them (a secondary difference).
const marks = Array.from({ length: 0x70 }, (_, index) => String.fromCharCode(0x300 + index));
marks.sort((a, b) => collator.compare(`a${a}`, `a${b}`));
const SECONDARY = new Map(marks.map((mark, index) => [mark, String.fromCharCode(0x30 + index)]));

const LEVEL_SEPARATOR = '\u0001';
const NO_ACCENT = '\u0002';
const LOWER = '\u0002';
const UPPER = '\u0003';
// Other characters (letters such as ø that do not decompose, other scripts)
// sort after Latin, by code point: an approximation of ICU there.
const OTHER_SCRIPTS = 0x1000;

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

// Printable ASCII by code: its primary weight, and whether it is an upper-case letter.
const ASCII_WEIGHTS = Array.from({ length: 0x7f }, (_, code) => PRIMARY.get(String.fromCharCode(code).toLowerCase()));

/** The key of a text of printable ASCII only (the common case), without normalizing; null if there is another character. */
function asciiKey(text: string): string | null {
  let primary = '';
  let cases = '';
  let lastUpper = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const weight = code < 0x7f ? ASCII_WEIGHTS[code] : undefined;
    if (weight === undefined) return null;
    primary += weight;
    const upper = code >= 0x41 && code <= 0x5a;
    cases += upper ? UPPER : LOWER;
    if (upper) lastUpper = index;
  }
  return lastUpper < 0 ? primary : primary + LEVEL_SEPARATOR + LEVEL_SEPARATOR + cases.slice(0, lastUpper + 1);
}

/** A key whose binary order is Intl.Collator('en')'s order of the texts; null stays null. */
export function orderKey(text: string | null): string | null {
  if (text === null) return null;
  const ascii = asciiKey(text);
  if (ascii !== null) return ascii;
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const character of text.normalize('NFD')) {
    const accent = SECONDARY.get(character);
    if (accent !== undefined) {
      secondary = secondary.slice(0, -1) + accent;
      continue;
    }
    const code = character.codePointAt(0)!;
    if (isControl(code)) continue;
    const lower = character.toLowerCase();
    primary += PRIMARY.get(lower) ?? String.fromCodePoint(OTHER_SCRIPTS + code);
    secondary += NO_ACCENT;
    tertiary += lower === character ? LOWER : UPPER;
  }
  // Trailing lowest weights order nothing (a shorter level sorts first anyway): most keys are
  // then their primary level alone, as long as the text.
  const accents = trimEnd(secondary, NO_ACCENT);
  const cases = trimEnd(tertiary, LOWER);
  if (cases) return primary + LEVEL_SEPARATOR + accents + LEVEL_SEPARATOR + cases;
  return accents ? primary + LEVEL_SEPARATOR + accents : primary;
}

function trimEnd(level: string, lowest: string) {
  let end = level.length;
  while (end > 0 && level[end - 1] === lowest) end--;
  return level.slice(0, end);
}
