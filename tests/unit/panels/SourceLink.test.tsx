// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceLink } from '../../../src/panels/SourceLink';

// A Vietnamese article we read in a Dutch translation (as the forum's VGP report was).
const vgp = { title: 'Thủ tướng đề nghị các địa phương Nhật Bản tăng cường hợp tác', url: 'https://baochinhphu.vn/x.htm', publisher: 'VGP', lang: 'vi', readIn: 'nl' };

describe('SourceLink: the edition we read, in the reader’s language', () => {
  it('links the original in its own language and says which edition we read', () => {
    render(<SourceLink source={vgp} lang="en" />);
    expect(screen.getByRole('link')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('(we read it in its Dutch edition)')).toBeInTheDocument();
  });

  it('says it in Japanese to a Japanese reader, never in English', () => {
    const { container } = render(<SourceLink source={vgp} lang="ja" />);
    expect(screen.getByText('（オランダ語版で閲読）')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/read in|translation/);
  });

  it('says nothing of the kind for a source read in its own language', () => {
    const { container } = render(<SourceLink source={{ ...vgp, readIn: undefined }} lang="en" />);
    expect(container.textContent).not.toMatch(/edition/);
  });
});
