// The grid kinds in one module, so a bundler that loads them on demand makes one chunk of them.
export { MatrixField } from "../matrix-field/matrix-field";
export { RowsField } from "../rows-field/rows-field";
