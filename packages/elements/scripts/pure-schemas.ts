import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Marks the contract's top-level schema constants as pure, so the embed bundle
 * drops the ones it never uses (campaign and resource schemas, their queries).
 * `export const X = z.object(…).check(…)` becomes
 * `export const X = /* @__PURE__ *\/ (() => z.object(…).check(…))()`: building a
 * zod schema has no effect beyond the value it returns.
 */
export function pureContractSchemas(): Plugin {
  return {
    name: 'gcm-pure-contract-schemas',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]contract[\\/]dist[\\/][^\\/]+\.js$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number }[] = [];
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (init && ts.isCallExpression(init)) {
            edits.push({ start: init.getStart(source), end: init.getEnd() });
          }
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const { start, end } of edits.sort((a, b) => b.start - a.start)) {
        out = `${out.slice(0, start)}/* @__PURE__ */ (() => ${out.slice(start, end)})()${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}
