/**
 * `npm run links`: gives every new page a short code and adds every new URL to the manifest.
 *   npm run links -- move materials/ten-cu materials/ten-moi     a page's file was renamed
 *   npm run links -- retire materials/da-xoa campaigns/chien-dich   a page was deleted; where its readers go
 * Only ever appends to content/links/registry.yaml and content/links/urls.txt, and commits what it
 * appended (those two files only): the CMS's local git backend cannot save while a tracked file is
 * changed, so a recording left uncommitted would stop every editor's next save.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { contentRoot } from '../../collections/root.ts';
import { commitFiles } from '../commit-files.ts';
import { loadLinks } from '../../permalinks/links-data.ts';
import { eventYaml, type RegistryEvent } from '../../permalinks/short-links.ts';
import { unlistedUrls } from '../../permalinks/url-manifest.ts';

const cwd = process.cwd();
const root = contentRoot();
const [command, a, b] = process.argv.slice(2);

function ensure(path: string, header: string) {
  const absolute = resolve(cwd, path);
  if (existsSync(absolute)) return;
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, header);
}

let data = loadLinks(cwd, root);
ensure(
  data.registryPath,
  '# Sổ mã ngắn (/q/<MÃ>). Chỉ thêm dòng, không bao giờ xóa hay sửa. Dùng "npm run links" (xem docs/in-ap-phich.md).\nentries:\n',
);
ensure(data.manifestPath, '# Mọi địa chỉ trang đã từng công bố. Chỉ thêm dòng, không bao giờ xóa.\n');

if (command === 'move' || command === 'retire') {
  if (!a || !b) {
    console.error(`Cách dùng: npm run links -- ${command} <thư mục>/<tên tệp> <thư mục>/<tên tệp>`);
    process.exit(1);
  }
  const event: RegistryEvent = command === 'move' ? { kind: 'move', from: a, to: b } : { kind: 'retire', page: a, target: b };
  appendFileSync(resolve(cwd, data.registryPath), eventYaml(event));
  console.log(`Đã ghi: ${eventYaml(event).trim()}`);
  data = loadLinks(cwd, root);
} else if (command) {
  console.error(`Lệnh "${command}" không có. Dùng: npm run links, npm run links -- move …, npm run links -- retire …`);
  process.exit(1);
}

// The codes the build already shows for new pages (data.pending), recorded as they are.
const added = data.pending;
if (added.length > 0) appendFileSync(resolve(cwd, data.registryPath), added.map(eventYaml).join(''));
const newUrls = unlistedUrls(data.manifest, data.published);
if (newUrls.length > 0) appendFileSync(resolve(cwd, data.manifestPath), newUrls.map((url) => `${url}\n`).join(''));
console.log(`Đã cấp ${added.length} mã mới và thêm ${newUrls.length} địa chỉ mới.`);
if (command || added.length > 0 || newUrls.length > 0) {
  const message = command
    ? `Sổ mã ngắn: ${command} ${a} ${b} (npm run links)`
    : 'Sổ mã ngắn: ghi mã và địa chỉ của trang mới (npm run links)';
  commitFiles(cwd, [data.registryPath, data.manifestPath], message);
}

const after = loadLinks(cwd, root);
if (after.problems.length > 0) {
  console.error(after.problems.map((p) => `  • ${p}`).join('\n'));
  process.exitCode = 1;
}
