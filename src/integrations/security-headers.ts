/** Writes `_headers` and `_nginx-headers.conf` into the build output (see src/lib/security-headers.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders, type HeaderOptions } from '../lib/security-headers.ts';

export default function securityHeaders(options: HeaderOptions = {}): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, netlifyHeaders(options));
        writeFileSync(`${out}/_nginx-headers.conf`, nginxHeaders(options));
      },
    },
  };
}
