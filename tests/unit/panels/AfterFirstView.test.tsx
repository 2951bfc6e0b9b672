// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterFirstView } from '../../../src/panels/AfterFirstView';

describe('AfterFirstView', () => {
  it('leaves its part out of the first render and draws it a moment later', async () => {
    render(
      <div>
        <p>Lead</p>
        <AfterFirstView>
          <p>Forum</p>
        </AfterFirstView>
      </div>,
    );
    expect(screen.getByText('Lead')).toBeInTheDocument();
    expect(screen.queryByText('Forum')).toBeNull();
    expect(await screen.findByText('Forum')).toBeInTheDocument();
  });
});
