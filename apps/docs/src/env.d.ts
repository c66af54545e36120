declare module "*.css";
// The packages' sources are type-checked with the docs (customConditions: source): the embed inlines its CSS.
declare module "*.css?inline" {
  const css: string;
  export default css;
}
// Code samples are shown from their own source text, so what is shown is what is type-checked.
declare module "*?raw" {
  const text: string;
  export default text;
}
declare module "virtual:api-reference" {
  const reference: import("./api-reference/types").ApiReference;
  export default reference;
}
