// Custom Elements Manifest (custom-elements.json): tags, attributes, properties,
// events, CSS parts and custom properties, read from the classes and their JSDoc.
export default {
  globs: ['src/components/**/*.ts', 'src/shared/gcm-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/components/**/parts/**'],
  outdir: '.',
  litelement: true,
};
