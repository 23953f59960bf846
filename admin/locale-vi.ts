/**
 * The Vietnamese strings that Decap's own `vi` locale lacks (it falls back to English for them:
 * "Fill in from another locale", "Add câu hỏi", the rich-text toolbar…). Editors are not
 * programmers and read Vietnamese: admin/main.ts registers Decap's `vi` merged with these.
 * test/unit/admin/locale-vi.test.ts fails when a Decap upgrade adds a string that neither has.
 */
export const VI_MISSING = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: {
      unpublishedHeader: 'Bài chưa xuất bản',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControl: {
      field: {
        widgetLabel: 'Ô %{widgetLabel}',
      },
    },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Chép từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Chép nội dung từ bản %{locale}?\nNội dung đang có ở bản này sẽ bị thay thế.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt song ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng nhau',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với đồng nghiệp.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn chắc chắn muốn xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Khi viết xong, hãy chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang được xét duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa trong lúc chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn khối',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo thường',
          markdown: 'Chuyển sang Markdown',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      datetime: {
        setToNow: 'Đặt %{fieldLabel} là bây giờ',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở ra',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Tùy chọn tài khoản',
    },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

/** Decap's own Vietnamese, where it is wrong: these replace it. */
export const VI_CORRECTED = {
  editor: {
    editorToolbar: {
      // Decap has "Trạng: %{status}", a cut-off word.
      status: 'Trạng thái: %{status}',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** Decap's phrases with ours filled in where Decap has none; Decap's own wording wins. */
export function completeLocale(base: Phrases, extra: Phrases = VI_MISSING): Phrases {
  const out: Phrases = { ...extra };
  for (const [key, value] of Object.entries(base)) {
    const more = extra[key];
    out[key] = typeof value === 'object' && typeof more === 'object' ? completeLocale(value, more) : value;
  }
  return out;
}

/** Every key path of a phrase tree, e.g. "editor.editorWidgets.list.add". */
export function phraseKeys(phrases: Phrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'object' ? phraseKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
