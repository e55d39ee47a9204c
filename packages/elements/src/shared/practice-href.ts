/** Fill `{id}` in a link template such as `https://example.org/practices/{id}`. */
export function practiceHref(template: string | undefined, id: string): string | undefined {
  if (!template) return undefined;
  return template.replaceAll('{id}', encodeURIComponent(id));
}
