// ExcelJS as the classic one-file build sees it: absent (see vite.iife.config.ts).
export default {};
