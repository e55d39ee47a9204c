// Written by scripts/write-version.mjs from package.json; do not edit.
export const VERSION = '0.0.0';
