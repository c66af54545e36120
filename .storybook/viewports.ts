/**
 * Viewports of the toolbar and of story globals (`globals: { viewport: { value: "phone360" } }`): the
 * phone widths the layout must hold (360 and 390 px) and the desktop width the tables are drawn at.
 * The story tests run at the story's viewport too (@storybook/addon-vitest sizes the page to it).
 */
export const viewports = {
  phone360: { name: "Phone 360 px", styles: { width: "360px", height: "780px" }, type: "mobile" },
  phone390: { name: "Phone 390 px", styles: { width: "390px", height: "844px" }, type: "mobile" },
  desktop1280: { name: "Desktop 1280 px", styles: { width: "1280px", height: "800px" }, type: "desktop" },
} as const;
