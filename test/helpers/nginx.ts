/**
 * Debian's nginx serving a built site on a free loopback port, with the site's generated
 * nginx-redirects.conf included: a child process with its own prefix and config, never the
 * system service. Installed with apt-get when missing and the tests run as root.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TMP } from './astro.ts';

const CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter((p): p is string => !!p);

export function findOrInstallNginx(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('nginx is missing. Install it as root with: apt-get update && apt-get install -y nginx');
  // policy-rc.d in containers keeps apt from starting the system service; we never use it.
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light', { stdio: 'inherit' });
  if (!existsSync('/usr/sbin/nginx')) throw new Error('apt-get did not install /usr/sbin/nginx');
  return '/usr/sbin/nginx';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Nginx {
  origin: string;
  stop: () => Promise<void>;
}

export async function serveWithNginx(dist: string, name: string): Promise<Nginx> {
  const binary = findOrInstallNginx();
  const prefix = join(TMP, `nginx-${name}`);
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const port = await freePort();
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    `daemon off;
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
  types { text/html html; image/svg+xml svg; image/png png; application/pdf pdf; }
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    absolute_redirect off;
    include ${join(dist, 'nginx-redirects.conf')};
    location / { try_files $uri $uri/ =404; }
    error_page 404 /404.html;
  }
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const origin = `http://127.0.0.1:${port}`;
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
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
