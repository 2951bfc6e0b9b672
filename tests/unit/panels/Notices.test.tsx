// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../../src/panels/Notices';
import { applyState, useStore } from '../../../src/state/store';
import { defaultState } from '../../../src/state/url';
import { resetStore } from './render';

describe('Notices', () => {
  beforeEach(resetStore);

  it('names each ignored parameter in the interface language and can be dismissed', async () => {
    applyState(defaultState('ja'), [{ param: 'foo', value: 'bar', reason: 'unknown-param' }]);
    render(<Notices />);
    expect(screen.getByRole('status')).toHaveTextContent('「foo」は Kizuna が扱うパラメーターではありません。');
    await userEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(useStore.getState().notices).toEqual([]);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
