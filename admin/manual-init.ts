/**
 * Decap reads CMS_MANUAL_INIT when its module is evaluated; this module is imported before
 * decap-cms-app so that the generated configuration, not a config.yml fetch, starts the CMS.
 */
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
export {};
