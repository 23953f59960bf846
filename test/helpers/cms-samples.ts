/** Editor-component form values shared by the unit round trip and the build round trip. */
import type { Values } from '../../admin/editor-components.ts';

/** Form values an editor could type, including Vietnamese text and a double quote. */
export const SAMPLE_VALUES: Record<string, Values> = {
  Callout: { type: 'warning', title: 'Lưu ý "quan trọng"', body: 'Gọi **113** khi có nguy hiểm.\nGọi 111 nếu nạn nhân là trẻ em.' },
  Hotline: { id: '111' },
  LegalRef: { number: '13/2022/QH15', article: '3' },
  Figure: { caption: 'Gia đình bình đẳng, yêu thương.', image: '../../media/gia-dinh.jpg', alt: 'Ba hình tròn màu cam, tím và xanh ngọc.' },
  Download: { file: 'to-gap.pdf', title: 'Tờ gấp phòng, chống bạo lực gia đình' },
  Steps: { steps: 'Giữ an toàn trước hết.\nGọi 113 khi có nguy hiểm.\nBáo cho chính quyền xã.' },
  FAQ: { question: 'Bình đẳng giới là gì?', answer: 'Nam và nữ có vị trí, vai trò ngang nhau.' },
};
