/** The two screens Gymdeck is made for: a landscape panel and a portrait one, in CSS pixels. */
export const VIEWPORTS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

export type Orientation = keyof typeof VIEWPORTS;
