import type { Download, Locator, Page } from '@playwright/test';
import type { TrainerAccess } from '../support/trainer';

/** The trainer's import and export screen. */
export class TransferPage {
  readonly heading: Locator;
  readonly exportAll: Locator;
  readonly chooseExercises: Locator;
  readonly chooseFile: Locator;
  readonly counts: Locator;
  readonly cancel: Locator;
  readonly failure: Locator;
  readonly exportStatus: Locator;

  constructor(
    private readonly page: Page,
    private readonly trainer: TrainerAccess,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import and export' });
    this.exportAll = page.getByRole('button', { name: 'Export the whole library' });
    this.chooseExercises = page.getByRole('button', { name: 'Choose exercises to export' });
    this.chooseFile = page.getByRole('button', { name: /^Choose (a|another) file/ });
    this.counts = page.getByRole('list', { name: 'What happens to each exercise in the file' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
    this.failure = page.getByRole('alert');
    this.exportStatus = page.getByRole('region', { name: 'Export' }).getByRole('status');
  }

  /** Import and export, with trainer mode opened on this screen first. */
  async goto(): Promise<void> {
    await this.trainer.unlock();
    await this.page.goto('/#/trainer/transfer');
    await this.heading.waitFor();
  }

  /** Exports with `button` and returns the file the browser was handed. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }

  /** Picks `file` with the file picker, as a trainer would, and waits for the preview or the refusal. */
  async choose(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFile.click();
    await (await chooser).setFiles(file);
    await this.page
      .getByRole('heading', { name: 'What this import will do' })
      .or(this.page.getByRole('heading', { name: 'This file cannot be imported' }))
      .waitFor();
  }

  /** The four figures of the report: new, updated, unchanged, skipped. */
  async countFigures(): Promise<Record<string, number>> {
    const items = await this.counts.getByRole('listitem').allInnerTexts();
    return Object.fromEntries(
      items.map((text) => {
        const [figure = '', label = ''] = text.split('\n').map((part) => part.trim());
        return [label, Number(figure)];
      }),
    );
  }

  confirmButton(count: number): Locator {
    return this.page.getByRole('button', {
      name: count === 1 ? 'Import one exercise' : `Import ${count} exercises`,
    });
  }

  group(title: 'New' | 'Updated' | 'Unchanged' | 'Skipped'): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  entry(title: 'New' | 'Updated' | 'Unchanged' | 'Skipped', name: string): Locator {
    return this.group(title).getByRole('listitem').filter({ hasText: name });
  }
}
