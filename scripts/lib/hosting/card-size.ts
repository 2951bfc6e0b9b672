/** The link preview image's size: what Open Graph and Twitter cards show best (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
