import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreProvider } from '../store/hooks';
import { keys } from '../store/keys';
import { hydratedStore, testDbName, testPersistence } from '../test/store-fixtures';
import { makeSetting } from '../test/make-setting';
import RetiredChecks from './RetiredChecks';

describe('retired entries', () => {
  it('keep the person’s decision visible, marked retired, with the replacement', async () => {
    const db = testDbName();
    const retired = makeSetting({ id: 'linkedin.old-ads', title: 'Interactions with businesses', retired: { date: '2026-11-20', replacedBy: 'linkedin.data-from-others-for-ads' } });
    const untouched = makeSetting({ id: 'linkedin.older', title: 'Never checked', retired: { date: '2026-11-20' } });
    await testPersistence(db).commit(new Map([[keys.check(retired.id), { status: 'done', at: '2026-11-01T10:00:00.000Z' }]]), []);
    const store = await hydratedStore(db);
    render(<StoreProvider store={store}><RetiredChecks settings={[retired, untouched]} /></StoreProvider>);

    const section = screen.getByRole('region', { name: 'Retired settings you checked' });
    expect(section).toHaveTextContent('Interactions with businesses — done');
    expect(section).toHaveTextContent(/retired on .*Replaced by “Data from others for ads”/);
    expect(section).not.toHaveTextContent('Never checked');
  });

  it('shows nothing when no retired entry was checked', async () => {
    const store = await hydratedStore(testDbName());
    const { container } = render(<StoreProvider store={store}><RetiredChecks settings={[makeSetting({ retired: { date: '2026-11-20' } })]} /></StoreProvider>);
    expect(container).toBeEmptyDOMElement();
  });
});
