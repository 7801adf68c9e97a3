// build.sh bundles CSS files imported by the content script as text (esbuild's text loader).
declare module '*.css' {
  const text: string;
  export default text;
}
