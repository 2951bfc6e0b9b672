// A pairs.csv headline gets the `lang` of the language it is written in, so the app can mark it
// (issue #22: Japanese and Vietnamese headlines shown unmarked in the English interface).
import { describe, expect, it } from 'vitest';
import { sourceTitleLang } from '../../scripts/lib/data/source-lang';

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

  // The headlines of pairs.csv written in Han characters only: VNA's Chinese edition (Cần Thơ–Okayama
  // City, and a second source of Nghệ An–Gifu) and Yokkaichi's press-conference summary (Hải Phòng).
  it('tells a Chinese headline from a Japanese one written without kana', () => {
    const chinese = '越南芹苴市与日本各地方加强各领域合作';
    expect(sourceTitleLang(chinese, 'https://zh.vietnamplus.vn/x-post190705.vnp')).toBe('zh');
    // Without the address, its simplified forms (强, 领) still say Chinese.
    expect(sourceTitleLang(chinese, null)).toBe('zh');
    expect(sourceTitleLang('越南日本岐阜县友好协会正式成立', null)).toBe('zh');
    expect(sourceTitleLang('平成28年08月29日 記者会見要旨 (四日市市)', 'https://www5.city.yokkaichi.mie.jp/www/contents/1001000003422/index.html')).toBe('ja');
  });

  it('never takes a headline in the characters Japanese writes for Chinese', () => {
    // Every kanji of JIS X 0208 (with the Windows extensions), read from its Shift_JIS codes: forms
    // the two languages share (与, 国, 署) must not make a Japanese headline Chinese.
    const shiftJis = new TextDecoder('shift_jis');
    const chineseKanji: string[] = [];
    for (let lead = 0x88; lead <= 0xfc; lead++) {
      if (lead >= 0xa0 && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        const kanji = shiftJis.decode(new Uint8Array([lead, trail]));
        if (/^[\u3400-\u9fff]$/.test(kanji) && sourceTitleLang(kanji, null) !== 'ja') chineseKanji.push(kanji);
      }
    }
    expect(chineseKanji).toEqual([]);
  });

  it('gives no language to a title with no letters', () => {
    expect(sourceTitleLang('2024', null)).toBeUndefined();
  });
});
