import { describe, expect, it } from 'vitest';
import { HEADER_ONLY_CSP, PUBLIC_CSP_DIRECTIVES, adminCsp, netlifyHeaders, nginxHeaders, stripCspMeta } from '../../../src/build/security-headers.ts';

describe('security headers', () => {
  const headers = netlifyHeaders({ adminConnect: ['https://api.github.com'] });
  it('sets HSTS, no-referrer, nosniff, a permissions policy and frame-ancestors for every path', () => {
    const all = headers.split('/admin/*')[0]!;
    expect(all).toMatch(/^\/\*$/m);
    expect(all).toMatch(/Strict-Transport-Security: max-age=\d{8,}/);
    expect(all).toContain('Referrer-Policy: no-referrer');
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toMatch(/Permissions-Policy: .*camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(all).toContain("Content-Security-Policy: frame-ancestors 'none'");
  });
  it('the header policy for every path leaves scripts and styles to the page policy, so /admin is not broken by it', () => {
    expect(HEADER_ONLY_CSP).not.toMatch(/default-src|script-src|style-src|connect-src/);
  });
  it('gives /admin its own policy that lets Decap CMS run', () => {
    const admin = headers.split('/admin/*')[1]!;
    expect(admin).toContain("'unsafe-eval'");
    expect(admin).toContain('blob:');
    expect(admin).toContain('https://api.github.com');
    expect(admin).toContain("frame-ancestors 'none'");
  });
  it('public pages allow no inline code other than hashed, and nothing from another origin', () => {
    expect(PUBLIC_CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(PUBLIC_CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(adminCsp()).not.toContain('https://');
  });
  it('writes an nginx include whose /admin/ location repeats the common headers', () => {
    const conf = nginxHeaders();
    expect(conf).toMatch(/^add_header Strict-Transport-Security "max-age=\d+; includeSubDomains" always;$/m);
    const location = conf.slice(conf.indexOf('location ^~ /admin/ {'));
    expect(location).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(location).toContain("'unsafe-eval'");
    expect(location.trim().endsWith('}')).toBe(true);
  });
});

describe('stripCspMeta', () => {
  it('removes the meta policy and nothing else', () => {
    const html = '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>x</title></head>';
    expect(stripCspMeta(html)).toBe('<head><meta charset="utf-8"><title>x</title></head>');
  });
});
