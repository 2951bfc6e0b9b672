// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../../src/panels/Notices';
import { applyState, useStore } from '../../../src/state/store';
import { defaultState } from '../../../src/state/url-params';
import { parseParams } from '../../../src/state/url-parse';
import { vocabularyOf } from '../../../src/state/url-vocabulary';
import { fixtureBundle } from '../../fixtures/bundle';
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

describe('Notices, given a forged link with many parameters', () => {
  beforeEach(resetStore);

  it('lists three and says how many more, never quoting long or dotted names', () => {
    // 165 junk parameters, as in a 7.8 KB link seen in review.
    const search = `?lang=vi&${Array.from({ length: 165 }, (_, i) => `map_moved_to_evil.example${i}=see%20evil.example`).join('&')}`;
    const { state, notices } = parseParams(search, vocabularyOf(fixtureBundle));
    applyState(state, notices);
    render(<Notices />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items.slice(0, 3)).toEqual(Array(3).fill('Kizuna không nhận biết tham số “…”.'));
    expect(items[3]).toBe('và 162 mục khác.');
    expect(screen.getByRole('status').textContent).not.toMatch(/evil/);
  });

  it('given exactly three, then no "more" line', () => {
    applyState(defaultState('en'), [
      { param: 'a', value: '', reason: 'unknown-param' },
      { param: 'b', value: '', reason: 'unknown-param' },
      { param: 'c', value: '', reason: 'unknown-param' },
    ]);
    render(<Notices />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '“a” is not a parameter Kizuna knows.',
      '“b” is not a parameter Kizuna knows.',
      '“c” is not a parameter Kizuna knows.',
    ]);
  });
});
