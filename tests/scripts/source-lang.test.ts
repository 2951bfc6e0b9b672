// A pairs.csv headline gets the `lang` of the language it is written in, so the app can mark it
// (issue #22: Japanese and Vietnamese headlines shown unmarked in the English interface).
import { describe, expect, it } from 'vitest';
import { sourceTitleLang } from '../../scripts/lib/source-lang';

describe('the language of a source headline', () => {
  it('reads Japanese, Korean and Vietnamese from their writing', () => {
    expect(sourceTitleLang('松阪市長コラム (松阪市)', 'https://www.city.matsusaka.mie.jp/x')).toBe('ja');
    expect(sourceTitleLang('베트남-일본 지방 협력', null)).toBe('ko');
    expect(sourceTitleLang('Ký kết ghi nhớ hợp tác giữa Đà Nẵng và Sakai (Nhật Bản)', 'https://baodanang.vn/x')).toBe('vi');
    expect(sourceTitleLang('Báo An Giang', 'http://baoangiang.com.vn/b')).toBe('vi');
  });

  it('keeps an English headline English when it writes a Vietnamese place name', () => {
    expect(sourceTitleLang('Huế, Japan’s Nara prefecture cooperate to promote cultural heritage values', null)).toBe('en');
    expect(sourceTitleLang('Đà Nẵng hosts fourth consecutive Kanagawa festival', 'https://vietnamnews.vn/x')).toBe('en');
  });

  it('takes French from the address or its little words', () => {
    expect(sourceTitleLang('Hokaido renforce ses relations', 'https://fr.vietnamplus.vn/x')).toBe('fr');
    expect(sourceTitleLang('Soc Trang et le Japon renforcent la coopération dans l’agriculture bio', 'https://lecourrier.vn/x')).toBe('fr');
  });

  it('gives no language to a title with no letters', () => {
    expect(sourceTitleLang('2024', null)).toBeUndefined();
  });
});
