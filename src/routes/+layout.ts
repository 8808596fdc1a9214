// The playground is a static site: every page is prerendered, and the app runs client-side only.
export const prerender = true;
export const ssr = false;
