// Modules that scripts/build-web.ts provides at build time.

/** CSS text, bundled by esbuild's text loader. */
declare module "*.css" {
  const css: string;
  export default css;
}

/** The NL Design System tokens the component uses, as `:host { … }`, for pages without those tokens. */
declare module "helder:tokens" {
  const css: string;
  export default css;
}
