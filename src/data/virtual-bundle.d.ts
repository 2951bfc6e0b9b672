// The three parts of data/bundle.json, made at build time by scripts/lib/bundle-parts.ts.
/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient declaration cannot import (that would make it a module augmentation) */
declare module 'virtual:kizuna/bundle-core' {
  const core: import('./packed-pairs').PackedCore;
  export default core;
}
declare module 'virtual:kizuna/bundle-details' {
  const details: import('./types').BundleDetails;
  export default details;
}
declare module 'virtual:kizuna/bundle-texts' {
  const texts: import('./types').ForumTexts;
  export default texts;
}
