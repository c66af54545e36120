// What only some tables need, in one module, so a bundler that loads it on demand makes one chunk of
// it: the grid kinds, and the pickers (pickers.ts) with the code lists they read.
export { IndustryPicker } from "../industry-picker/industry-picker";
export { MatrixField } from "../matrix-field/matrix-field";
export { RegionPicker } from "../region-picker/region-picker";
export { RowsField } from "../rows-field/rows-field";
