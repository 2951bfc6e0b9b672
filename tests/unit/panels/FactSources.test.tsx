// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/data/types';
import { FactSources } from '../../../src/panels/FactSources';

const vietnamese: Source = { title: 'Thủ tướng: Hợp tác địa phương Việt Nam - Nhật Bản sẽ là một cú hích mới', url: 'https://vietnamnet.vn/a', lang: 'vi' };
const english: Source = { title: 'Vietnam-Japan Local Cooperation Forum', url: 'https://en.baoquocte.vn/b', lang: 'en' };
const readInDutch: Source = { title: 'Thủ tướng đề nghị các địa phương Nhật Bản', url: 'https://baochinhphu.vn/c', lang: 'vi', readIn: 'nl' };

describe('FactSources', () => {
  it('cites the Vietnamese original first, with the edition first read after it, and no "not found" line', () => {
    render(<FactSources source={vietnamese} moreSources={[english]} lang="en" />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://vietnamnet.vn/a', 'https://en.baoquocte.vn/b']);
    expect(links[0]).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('Also in:', { exact: false })).toBeInTheDocument();
    expect(screen.queryByTestId('fact-not-original')).toBeNull();
  });

  it('says in the reader’s language that no original was found, naming the edition cited', () => {
    const { unmount } = render(<FactSources source={english} lang="vi" />);
    expect(screen.getByTestId('fact-not-original')).toHaveTextContent(/^Chưa tìm thấy ấn phẩm tiếng Việt hoặc tiếng Nhật nêu nội dung này; trích từ ấn bản tiếng Anh\.$/i);
    unmount();
    // A Vietnamese article read only in a translation is not an original either.
    render(<FactSources source={readInDutch} lang="ja" />);
    expect(screen.getByTestId('fact-not-original')).toHaveTextContent(/見つかっていません。オランダ語版から引用。/);
  });
});
