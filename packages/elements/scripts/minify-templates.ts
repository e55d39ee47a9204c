// Collapses the indentation inside Lit `html` and `css` tagged templates of our
// own sources. Minifiers never touch template literal text, and in these
// components it is mostly formatting. Whitespace runs become one space (so
// inline text keeps its word breaks); CSS also loses spaces around braces,
// semicolons and commas. Comments inside templates are not expected.
import ts from 'typescript';
import type { Plugin } from 'vite';

function minifyHtml(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function minifyCss(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // After a colon only: a space before one can be a descendant combinator (`.a :focus`).
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
  );
}

/** The rewritten source, or undefined when nothing changed. */
export function minifyTemplates(code: string, fileName: string): string | undefined {
  if (!/\b(?:html|css)`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'html' || tag === 'css') {
        const minify = tag === 'css' ? minifyCss : minifyHtml;
        const template = node.template;
        const literals = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((s) => s.literal)];
        for (const literal of literals) {
          // The literal's text between its delimiters: ` or } at the start, ` or ${ at the end.
          const start = literal.getStart(source) + 1;
          const end =
            literal.getEnd() -
            (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2);
          const raw = code.slice(start, end);
          const text = minify(raw);
          if (text !== raw) edits.push({ start, end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** Vite plugin applying minifyTemplates to the package's TypeScript sources. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'gcm-minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/generated/')) return null;
      const out = minifyTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
