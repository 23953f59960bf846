/**
 * Astro integration: fails the build when the address of a service that must stay confidential
 * (a shelter) appears in anything the site publishes (src/build/confidential.ts). Listed after
 * the sitemap, the search index and the search vocabulary in astro.config.mjs, so their files
 * are written when it looks; before precompression, whose copies hold the same text. The share
 * cards' inputs are checked by og-images.ts before they are drawn.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentOnce } from '../../collections/check.ts';
import { contentRoot } from '../../collections/root.ts';
import { confidentialAddresses, findLeaks, type Leak } from '../../collections/confidential.ts';
import { distTexts, formatLeaks } from '../confidential.ts';

/** Ends the build with the editor's report: a plain exit, as the content check does, because a stack trace would hide it. */
export function stopOnLeaks(leaks: readonly Leak[]): void {
  if (leaks.length === 0) return;
  console.error(`\n${formatLeaks(leaks)}\n`);
  process.exit(1);
}

export default function confidentialAddressCheck(): AstroIntegration {
  return {
    name: 'confidential-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const addresses = confidentialAddresses(checkContentOnce(process.cwd(), contentRoot()).entries);
        if (addresses.length === 0) return;
        stopOnLeaks(findLeaks(addresses, distTexts(fileURLToPath(dir))));
        logger.info(
          `Địa chỉ giữ kín: ${addresses.length} dịch vụ, không địa chỉ nào có trong trang, nguồn tin, sơ đồ trang hay chỉ mục tìm kiếm.`,
        );
      },
    },
  };
}
