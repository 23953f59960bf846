/** docs/deploy.md quotes the server block that the serving test runs (docs/nginx/site.conf), as it is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/astro.ts';
import { SITE_CONF } from '../../helpers/nginx.ts';

describe('docs/deploy.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  it('quotes docs/nginx/site.conf in full, in an nginx code block', () => {
    const conf = readFileSync(join(ROOT, SITE_CONF), 'utf8');
    expect(conf).toMatch(/brotli_static on;/);
    expect(doc).toContain(`\`\`\`nginx\n${conf}\`\`\``);
  });
  it('states the nightly schedule the deploy workflow uses', () => {
    const workflow = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    const cron = /cron: '([^']+)'/.exec(workflow)![1]!;
    expect(doc).toContain(`cron: '${cron}'`);
  });
});
