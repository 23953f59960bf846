/** Writes `_headers` and `_nginx-headers.conf` into the build output (see src/build/security-headers.ts). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders, stripCspMeta, type HeaderOptions } from '../security-headers.ts';

export default function securityHeaders(options: HeaderOptions = {}): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, netlifyHeaders(options));
        writeFileSync(`${out}/_nginx-headers.conf`, nginxHeaders(options));
        // /admin is governed by its own header policy only (see adminCsp).
        const admin = `${out}/admin/index.html`;
        if (existsSync(admin)) writeFileSync(admin, stripCspMeta(readFileSync(admin, 'utf8')));
      },
    },
  };
}
