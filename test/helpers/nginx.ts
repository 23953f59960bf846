/**
 * Debian's nginx serving a built site on free loopback ports with the documented server block
 * (docs/nginx/site.conf), changed only in its listen lines, TLS lines and site folder: a child
 * process with its own prefix and config, never the system service. nginx and its brotli_static
 * module are installed with apt-get when missing and the tests run as root.
 */
import { execFileSync, execSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './ports.ts';
import { ROOT, TMP } from './astro.ts';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter((p): p is string => !!p);

const PACKAGES = 'nginx-light libnginx-mod-http-brotli-static';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function findOrInstallNginx(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found && existsSync(BROTLI_MODULE)) return found;
  if (process.getuid?.() !== 0)
    throw new Error(`nginx or its brotli module is missing. Install them as root with: apt-get update && apt-get install -y ${PACKAGES}`);
  // policy-rc.d in containers keeps apt from starting the system service; we never use it.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, { stdio: 'inherit' });
  if (!existsSync('/usr/sbin/nginx') || !existsSync(BROTLI_MODULE))
    throw new Error(`apt-get did not install /usr/sbin/nginx and ${BROTLI_MODULE}`);
  return found ?? '/usr/sbin/nginx';
}

/** The documented server block, as docs/deploy.md quotes it. */
export const SITE_CONF = 'docs/nginx/site.conf';
/** The site folder the documented block names. */
export const SITE_ROOT_PLACEHOLDER = '/var/www/binh-dang-gioi/current';

/** Replaces `from` in `text` exactly `count` times, or fails: the documented file must keep these lines. */
function replaceExactly(text: string, from: string | RegExp, to: string, count: number | 'some'): string {
  const pattern = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from;
  const found = text.match(pattern)?.length ?? 0;
  if (count === 'some' ? found === 0 : found !== count)
    throw new Error(`${SITE_CONF}: expected ${count} × ${String(from)}, found ${found}`);
  return text.replace(pattern, to);
}

/** The documented block for loopback ports without TLS, serving `dist`. */
export function localSiteConf(conf: string, options: { dist: string; httpPort: number; httpsPort: number }): string {
  let out = replaceExactly(conf, /^[ \t]*listen 80;$/gm, `    listen 127.0.0.1:${options.httpPort};`, 1);
  out = replaceExactly(out, /^[ \t]*listen 443 ssl http2;$/gm, `    listen 127.0.0.1:${options.httpsPort};`, 1);
  out = replaceExactly(out, /^[ \t]*listen \[::\]:(80|443 ssl http2);\n/gm, '', 2);
  out = replaceExactly(out, /^[ \t]*ssl_\w+\s.*\n/gm, '', 'some');
  return replaceExactly(out, SITE_ROOT_PLACEHOLDER, options.dist, 4);
}

/** The main nginx.conf around a site file: what Debian's /etc/nginx/nginx.conf and modules-enabled/ provide, minus users and system paths. */
function writeMainConfig(prefix: string, site: string): string {
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    `load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs/error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  include ${site};
}
`,
  );
  return config;
}

/**
 * `nginx -t` on the documented block as written, TLS included: only the site folder and the two
 * certificate paths change, to a throwaway self-signed certificate.
 */
export function testDocumentedConf(dist: string, name: string): { status: number | null; output: string } {
  const binary = findOrInstallNginx();
  const prefix = join(TMP, `nginx-${name}`);
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const [cert, key] = [join(prefix, 'fullchain.pem'), join(prefix, 'privkey.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=binhdanggioi.example.gov.vn',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    {
      stdio: 'ignore',
    },
  );
  let conf = readFileSync(join(ROOT, SITE_CONF), 'utf8');
  conf = replaceExactly(conf, '/etc/ssl/binh-dang-gioi/fullchain.pem', cert, 1);
  conf = replaceExactly(conf, '/etc/ssl/binh-dang-gioi/privkey.pem', key, 1);
  const site = join(prefix, 'site.conf');
  writeFileSync(site, replaceExactly(conf, SITE_ROOT_PLACEHOLDER, dist, 4));
  const run = spawnSync(binary, ['-t', '-p', prefix, '-c', writeMainConfig(prefix, site)], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export interface Nginx {
  /** The documented TLS server, without TLS. */
  origin: string;
  /** The documented port-80 server that sends readers to https. */
  httpOrigin: string;
  stop: () => Promise<void>;
}

export async function serveWithNginx(dist: string, name: string): Promise<Nginx> {
  const binary = findOrInstallNginx();
  const prefix = join(TMP, `nginx-${name}`);
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const site = join(prefix, 'site.conf');
  writeFileSync(site, localSiteConf(readFileSync(join(ROOT, SITE_CONF), 'utf8'), { dist, httpPort, httpsPort }));
  const config = writeMainConfig(prefix, site);
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const origin = `http://127.0.0.1:${httpsPort}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
