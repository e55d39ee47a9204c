// Custom Elements Manifest (custom-elements.json): tags, attributes, properties,
// events, CSS parts and custom properties, read from the classes and their JSDoc.
export default {
  globs: ['src/components/**/*.ts', 'src/shared/gcm-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/components/**/parts/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system yields them, which
      // differs between machines and runs; sorted, a rebuild leaves the file as it was.
      name: 'gcm-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
    {
      // A union the formatter breaks over lines (`filters`' allowed values) is written as the
      // source spells it; on one line, as editors and the embed builder show a type.
      name: 'gcm-one-line-types',
      packageLinkPhase({ customElementsManifest }) {
        const oneLine = (type) => {
          if (type?.text) type.text = type.text.replace(/\s+/g, ' ').replace(/^\| /, '').trim();
        };
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const member of declaration.members ?? []) oneLine(member.type);
            for (const attribute of declaration.attributes ?? []) oneLine(attribute.type);
          }
        }
      },
    },
  ],
};
