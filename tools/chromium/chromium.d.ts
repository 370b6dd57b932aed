/** Debian's Chromium, or `CHROMIUM_PATH`. */
export const CHROMIUM_PATH: string;
/** The flags of every headless run. */
export const CHROMIUM_FLAGS: string[];
