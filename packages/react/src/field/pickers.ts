// The helpers some text and code fields carry, each reading a code list, in one module the embed's
// module script swaps for field-components.split.tsx: there they come with the chunk of the fields
// only some tables have, and a page whose table has no picker does not carry the lists.
export { IndustryPicker } from "../industry-picker/industry-picker";
export { RegionPicker } from "../region-picker/region-picker";
