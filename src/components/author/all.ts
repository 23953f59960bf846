/**
 * Every author component, one line per folder: the only place a new component is registered.
 * Line order does not matter (a namespace import sorts by name); each definition's `menuOrder`
 * sets the order of the CMS menu, the content check's messages and the README table (index.ts).
 */
export { callout } from './callout/callout.ts';
export { download } from './download/download.ts';
export { faq } from './faq/faq.ts';
export { figure } from './figure/figure.ts';
export { hotline } from './hotline/hotline.ts';
export { legalRef } from './legal-ref/legal-ref.ts';
export { steps } from './steps/steps.ts';
