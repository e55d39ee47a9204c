/** The committed file's exact text, so staleness is a plain string comparison. */
export const openApiText = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`;
