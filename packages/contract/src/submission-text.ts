import * as z from 'zod/mini';

/**
 * Text fields of what people send (submissions, replies, review comments):
 * trimmed, never empty, within a length, and free of what no person types —
 * control characters and broken UTF-16 — so that nothing stored can break a
 * database, a log line or a page that shows it.
 */

// C0 controls except tab, line feed and carriage return; DEL; unpaired surrogates.
const UNTYPEABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is its purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

const lengthChecks = (max: number) => [
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.maxLength(max, `must be at most ${max} characters`),
];

/** One line: a title, a name, a label. */
export const singleLine = (max: number) =>
  z.string().check(
    ...lengthChecks(max),
    z.refine(
      (text) => !UNTYPEABLE.test(text) && !LINE_BREAK.test(text),
      'must be one line of text, without control characters',
    ),
  );

/** Paragraphs of plain text; line breaks are kept (as `\n`). */
export const multiLine = (max: number) =>
  z.string().check(
    z.overwrite((text) => text.replace(/\r\n?/g, '\n')),
    ...lengthChecks(max),
    z.refine((text) => !UNTYPEABLE.test(text), 'must be plain text, without control characters'),
  );
