// For `tsc` (npm test checks .ts and .tsx with it): tsc cannot read .astro files, so here an imported .astro
// component is any component. The .ts files that import one are checked again, with the real components, by
// `astro check --tsconfig tsconfig.astro.json`, where imports resolve to the files and this wildcard is unused.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
