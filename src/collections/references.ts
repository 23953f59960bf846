/**
 * Checks the references between entries: a translation has its Vietnamese original, a material
 * names a campaign and laws that exist, a calendar entry names materials and a campaign, a quiz
 * cites real provisions, a support service's phones are in the hotline registry, and the settings
 * feature hotlines of the registry.
 */
import type { Settings } from '../schemas/settings.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { legalNumberKey } from '../legal/number.ts';
import type { ContentFile } from './files.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';
import { checkQuizCitations } from './quiz-check.ts';
import type { CollectionName } from './root.ts';

/** Every cross-reference problem; existence is judged on files, valid or not. */
export function crossCheck(entries: CheckedEntry[], files: ContentFile[], settings: Settings | undefined, settingsPath: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Existence is judged on files, so that one invalid file does not cause a cascade of messages.
  const vietnamese = new Map<CollectionName, Set<string>>();
  for (const f of files) if (f.lang === DEFAULT_LANGUAGE) vietnamese.set(f.collection, (vietnamese.get(f.collection) ?? new Set()).add(f.slug));
  const slugsOf = (collection: CollectionName) => vietnamese.get(collection) ?? new Set<string>();
  const campaigns = slugsOf('campaigns');
  const hotlines = slugsOf('hotlines');
  const materials = slugsOf('materials');
  const legalNumbers = new Set(entries.filter((e) => e.file.collection === 'legal').map((e) => legalNumberKey(String(e.data.number))));

  for (const { file, data } of entries) {
    const at = (field: string, message: string, fieldTitle?: string) =>
      problems.push({ path: file.path, line: file.lineOf(field.split('.')), field, fieldTitle, message });

    if (file.collection === 'events') {
      problems.push(...checkEventReferences(file, data, materials, campaigns));
      continue;
    }
    if (file.collection === 'services') {
      problems.push(...checkServiceReferences(file, data, hotlines));
      continue;
    }
    if (file.collection === 'indicators') {
      problems.push(...checkIndicatorReferences(file, data, legalNumbers));
      continue;
    }
    if (file.lang !== DEFAULT_LANGUAGE && !slugsOf(file.collection).has(file.slug)) {
      problems.push({
        path: file.path,
        message: `Đây là bản dịch nhưng không có bản tiếng Việt "${file.slug}" trong thư mục ${file.collection}/vi. Hãy tạo bản tiếng Việt trước, hoặc đặt đúng tên tệp.`,
      });
    }
    if (file.lang !== DEFAULT_LANGUAGE && file.collection !== 'hotlines' && !data.translation) {
      at(
        'translation',
        'Bản dịch cần mục "Thông tin bản dịch": ghi "Phiên bản bản gốc" (xem trang Tình trạng bản dịch) và "Đã được người bản ngữ duyệt".',
        'Thông tin bản dịch',
      );
    }
    if (file.collection === 'materials') {
      if (!campaigns.has(String(data.campaign))) {
        at('campaign', `Không có chiến dịch "${String(data.campaign)}". Hãy chọn một chiến dịch có sẵn: ${[...campaigns].join(', ')}.`, 'Chiến dịch');
      }
      if ((data.kind === 'video' || data.kind === 'audio') && !data.transcript) {
        at(
          'transcript',
          `Tài liệu ${data.kind === 'video' ? 'video' : 'âm thanh'} cần có bản ghi lời để người khiếm thính và người không nghe được vẫn đọc được. Hãy điền mục "Bản ghi lời".`,
          'Bản ghi lời',
        );
      }
      (data.legal as string[]).forEach((number, index) => {
        if (!legalNumbers.has(legalNumberKey(number))) {
          problems.push({
            path: file.path,
            line: file.lineOf(['legal', index]),
            field: `legal.${index}`,
            fieldTitle: 'Văn bản pháp luật liên quan',
            message: `Văn bản "${number}" chưa có trong thư viện văn bản. Hãy thêm văn bản đó vào mục Văn bản pháp luật, hoặc sửa số hiệu.`,
          });
        }
      });
    }
    if (file.collection === 'legal' && typeof data.replacedBy === 'string' && !legalNumbers.has(legalNumberKey(data.replacedBy))) {
      at('replacedBy', `Văn bản thay thế "${data.replacedBy}" chưa có trong thư viện. Hãy thêm văn bản đó trước.`, 'Được thay thế bởi');
    }
    if (file.collection === 'quizzes') problems.push(...checkQuizCitations(file, data, entries));
  }

  if (settings) {
    settings.featuredHotlines.forEach((id, index) => {
      if (!hotlines.has(id)) {
        problems.push({
          path: settingsPath,
          field: `featuredHotlines.${index}`,
          fieldTitle: 'Đường dây nóng nổi bật',
          message: `Không có đường dây nóng "${id}" trong danh bạ. Các mã có sẵn: ${[...hotlines].join(', ')}.`,
        });
      }
    });
  }
  return problems;
}

/** A calendar entry is written in Vietnamese only, and names materials and a campaign that exist. */
function checkEventReferences(file: ContentFile, data: Record<string, unknown>, materials: Set<string>, campaigns: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (file.lang !== DEFAULT_LANGUAGE) {
    problems.push({
      path: file.path,
      message: `Lịch chỉ soạn bằng tiếng Việt, trong thư mục events/vi. Hãy chuyển tệp này sang events/vi hoặc xóa nó.`,
    });
  }
  (data.materials as string[]).forEach((slug, index) => {
    if (!materials.has(slug)) {
      problems.push({
        path: file.path,
        line: file.lineOf(['materials', index]),
        field: `materials.${index}`,
        fieldTitle: 'Tài liệu liên quan',
        message: `Không có tài liệu "${slug}". Hãy chọn một tài liệu có sẵn (tên tệp trong thư mục materials/vi, không có đuôi .mdx), hoặc xóa dòng này.`,
      });
    }
  });
  if (typeof data.campaign === 'string' && !campaigns.has(data.campaign)) {
    problems.push({
      path: file.path,
      line: file.lineOf(['campaign']),
      field: 'campaign',
      fieldTitle: 'Chiến dịch',
      message: `Không có chiến dịch "${data.campaign}". Hãy chọn một chiến dịch có sẵn: ${[...campaigns].join(', ')}.`,
    });
  }
  return problems;
}

/** A support service is written in Vietnamese only, and its phones are entries of the hotline registry. */
function checkServiceReferences(file: ContentFile, data: Record<string, unknown>, hotlines: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (file.lang !== DEFAULT_LANGUAGE) {
    problems.push({
      path: file.path,
      message: `Danh bạ dịch vụ hỗ trợ chỉ soạn bằng tiếng Việt, trong thư mục services/vi. Hãy chuyển tệp này sang services/vi hoặc xóa nó.`,
    });
  }
  (data.phones as string[]).forEach((id, index) => {
    if (!hotlines.has(id)) {
      problems.push({
        path: file.path,
        line: file.lineOf(['phones', index]),
        field: `phones.${index}`,
        fieldTitle: 'Số điện thoại',
        message: `Không có "${id}" trong danh bạ đường dây nóng. Hãy chọn một số có sẵn (${[...hotlines].join(', ')}), hoặc thêm số đó vào danh bạ trước, kèm nguồn và ngày kiểm tra.`,
      });
    }
  });
  return problems;
}

/** An indicator is written in Vietnamese only, and its plan is a document of the legal library. */
function checkIndicatorReferences(file: ContentFile, data: Record<string, unknown>, legalNumbers: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (file.lang !== DEFAULT_LANGUAGE) {
    problems.push({
      path: file.path,
      message: `Chỉ tiêu kế hoạch chỉ soạn bằng tiếng Việt, trong thư mục indicators/vi. Hãy chuyển tệp này sang indicators/vi hoặc xóa nó.`,
    });
  }
  if (typeof data.plan === 'string' && !legalNumbers.has(legalNumberKey(data.plan))) {
    problems.push({
      path: file.path,
      line: file.lineOf(['plan']),
      field: 'plan',
      fieldTitle: 'Văn bản giao chỉ tiêu',
      message: `Văn bản "${data.plan}" chưa có trong thư viện văn bản. Hãy thêm kế hoạch hoặc văn bản đó vào mục Văn bản pháp luật trước, hoặc sửa số hiệu.`,
    });
  }
  return problems;
}
