/**
 * `npm run activities:import -- <tệp.csv>…`: brings villages' activity records into the commune's
 * calendar (src/calendar/activity-import.ts), one file per activity in content/events/vi/. A sheet
 * with a refused row writes nothing; a file that already exists is kept: left alone when it is the
 * same, reported when it differs. The new files are committed at once (src/build/commit-files.ts);
 * the editor reviews them in the CMS.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importActivities } from '../../calendar/activity-import.ts';
import { contentRoot } from '../../collections/root.ts';
import { commitFiles } from '../commit-files.ts';

const files = process.argv.slice(2);
const root = resolve(process.cwd(), contentRoot());
const folder = join(root, 'events', 'vi');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (files.length === 0)
  fail(
    'Cách dùng: npm run activities:import -- <tệp.csv> [tệp khác.csv…]. Tệp có các cột như "Tải danh sách hoạt động (CSV)" trong trang báo cáo.',
  );

// Campaign ids and Vietnamese titles, so that a sheet may name a campaign either way.
const campaigns = new Map<string, string>();
const campaignFolder = join(root, 'campaigns', 'vi');
for (const name of existsSync(campaignFolder) ? readdirSync(campaignFolder) : []) {
  if (!name.endsWith('.mdx')) continue;
  const id = name.replace(/\.mdx$/, '');
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(campaignFolder, name), 'utf8'))?.[1];
  const title = front ? (parseYaml(front) as { title?: unknown }).title : undefined;
  campaigns.set(id, id);
  if (typeof title === 'string') campaigns.set(title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi'), id);
}

let failed = false;
for (const file of files) {
  const path = resolve(file);
  if (!existsSync(path)) {
    console.error(`Không thấy tệp ${file}.`);
    failed = true;
    continue;
  }
  const result = importActivities(readFileSync(path, 'utf8'), basename(path), campaigns);
  if (result.problems.length > 0) {
    console.error(
      `Chưa nhập tệp ${file}; chưa ghi tệp nào. Hãy sửa các dòng sau rồi chạy lại:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    failed = true;
    continue;
  }
  mkdirSync(folder, { recursive: true });
  let written = 0;
  const added: string[] = [];
  const kept: string[] = [];
  for (const activity of result.activities) {
    const target = join(folder, `${activity.slug}.yaml`);
    if (existsSync(target)) {
      if (readFileSync(target, 'utf8') !== activity.yaml)
        kept.push(
          `  - dòng ${activity.row}: đã có tệp ${activity.slug}.yaml khác nội dung; giữ nguyên tệp đang có. Nếu số liệu mới đúng hơn, hãy sửa tệp đó trong trang quản trị.`,
        );
      continue;
    }
    writeFileSync(target, activity.yaml);
    added.push(target);
    written += 1;
  }
  // Committed at once, as npm run links does: the CMS cannot save while a file is left uncommitted.
  commitFiles(process.cwd(), added, `Hoạt động: nhập ${added.length} hoạt động từ ${basename(file)} (npm run activities:import)`);
  console.log(
    `${file}: đã thêm ${written} hoạt động vào ${join(contentRoot(), 'events', 'vi')}; ${result.activities.length - written} hoạt động đã có từ trước.`,
  );
  for (const line of [...kept, ...result.notes.map((note) => `  - ${note}`)]) console.log(line);
}
if (failed) process.exit(1);
