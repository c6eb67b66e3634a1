import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hydratedStore, testDbName } from '../test/store-fixtures';
import { renderApp } from '../test/render-app';

const AI = 'linkedin.data-for-generative-ai-improvement';

describe('the profiles page', () => {
  it('says whose checklist is open, makes a second one, renames it and deletes it after offering its backup', async () => {
    const user = userEvent.setup();
    const store = await hydratedStore(testDbName());
    await store.getState().setStatus(AI, 'done');
    await renderApp(store, '/profiles');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Checklist: Me' })).toHaveAttribute('href', '/profiles');
    expect(screen.getByText('The only checklist cannot be deleted.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name (for example “Mum”)'), 'Mum');
    await user.click(screen.getByRole('button', { name: 'Add and open' }));
    expect(await screen.findByText('Mum’s checklist is open.')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Checklist: Mum' })).toBeInTheDocument();
    expect(store.getState().checks).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Rename Mum' }));
    const field = screen.getByLabelText('New name for Mum');
    await user.clear(field);
    await user.type(field, 'Mother');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await within(header).findByRole('link', { name: 'Checklist: Mother' })).toBeInTheDocument();

    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:backup');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Delete Mother' }));
    const warning = screen.getByRole('alert');
    await user.click(within(warning).getByRole('button', { name: 'Download Mother’s backup first' }));
    expect(saved).toEqual([expect.stringMatching(/^privacy-checkup-backup-mother-\d{4}-\d{2}-\d{2}\.json$/)]);
    await user.click(within(warning).getByRole('button', { name: 'Delete Mother’s checklist' }));
    expect(await screen.findByText('Mother’s checklist was deleted.')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Checklist: Me' })).toBeInTheDocument();
    expect(Object.keys(store.getState().checks)).toEqual([AI]);
    vi.restoreAllMocks();
  });

  it('refuses an empty name with a message, and makes nothing', async () => {
    const user = userEvent.setup();
    const store = await hydratedStore(testDbName());
    await renderApp(store, '/profiles');
    await user.type(screen.getByLabelText('Name (for example “Mum”)'), '   ');
    await user.click(screen.getByRole('button', { name: 'Add and open' }));
    expect(await screen.findByText('A name needs 1 to 40 characters.')).toBeInTheDocument();
    expect(screen.getByText('The only checklist cannot be deleted.')).toBeInTheDocument();
    expect(Object.keys(store.getState().profiles)).toEqual([]);
  });
});
