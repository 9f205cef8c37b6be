// The lesson side of the app (spec/ui-surface.md, "Loading" and "Lessons and learning modes"):
// the "Lessons" navigation, the lesson panel's tabs, the quiz, share links, export and import.
import { expect, type Download, type Locator } from '@playwright/test';
import { KafkaScopePage } from './KafkaScopePage';

export const MODE_TABS = ['Process flow', 'Execution sample', 'Status tracker', 'Key moments', 'Visual quiz', 'Concept snapshot', 'Full transcript'] as const;
/** Tabs a built-in lesson adds: every lesson has a deep dive; the contrast lessons have Compare. */
export const LESSON_ONLY_TABS = ['Deep dive', 'Compare'] as const;
export type ModeTab = (typeof MODE_TABS)[number] | (typeof LESSON_ONLY_TABS)[number];

export class LessonsPage extends KafkaScopePage {
  get lessonsNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Lessons' });
  }
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get lessonPanel(): Locator {
    return this.page.getByRole('region', { name: /^Lesson: / });
  }
  get anomalies(): Locator {
    return this.page.getByRole('region', { name: 'Anomalies' });
  }
  get shareButton(): Locator {
    return this.page.getByRole('button', { name: 'Share', exact: true });
  }
  get shareLink(): Locator {
    return this.page.getByRole('textbox', { name: 'Share link' });
  }
  get presenterToggle(): Locator {
    return this.page.getByRole('button', { name: 'Presenter view' });
  }

  /** Opens a lesson from its address and waits until it (not the default scenario) is shown. */
  async gotoLesson(id: string, title: string, query = '') {
    await this.goto(`?scenario=${id}${query}`);
    await expect(this.lessonPanel).toHaveAccessibleName(new RegExp(`^Lesson: ${title}`));
  }

  /** The button that opens the panel listing every lesson. */
  get lessonsToggle(): Locator {
    return this.lessonsNav.getByRole('button', { name: /^Lessons\b/ });
  }

  /** Opens the panel of every lesson (if it is not open yet). */
  async openLessonsPanel() {
    if ((await this.lessonsToggle.getAttribute('aria-expanded')) !== 'true') await this.lessonsToggle.click();
  }

  /** Opens a lesson from the "Lessons" navigation, by its title. */
  async openFromNav(title: string) {
    await this.openLessonsPanel();
    await this.lessonsNav.getByRole('link', { name: title, exact: true }).click();
    await expect(this.lessonPanel).toHaveAccessibleName(`Lesson: ${title}`);
    // The panel closes on the click; its links keep saying which lesson is open.
    await expect(this.lessonsNav.getByRole('link', { name: title, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'page');
    await this.expectStep(0);
  }

  tab(name: ModeTab): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  get tabPanel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** The select beside the tabs offering the modes that do not fit the row. */
  get moreModes(): Locator {
    return this.page.getByRole('combobox', { name: 'More learning modes' });
  }

  /** A mode on offer: its tab in the row, or its option in "More learning modes". */
  mode(name: ModeTab): Locator {
    return this.tab(name).or(this.moreModes.getByRole('option', { name, exact: true }));
  }

  /** Opens a mode by its tab, or from "More learning modes" when its tab is not in the row. */
  async openTab(name: ModeTab) {
    await expect(this.page.getByRole('tablist', { name: 'Learning modes' })).toBeVisible();
    if ((await this.tab(name).count()) > 0) await this.tab(name).click();
    else await this.moreModes.selectOption({ label: name });
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  question(prompt: string | RegExp): Locator {
    return this.page.getByRole('radiogroup', { name: prompt });
  }

  /** The quiz question's own feedback line (it sits in the question's list item). */
  feedbackOf(prompt: string | RegExp): Locator {
    return this.page.getByRole('listitem').filter({ has: this.question(prompt) }).getByRole('status');
  }

  questionItem(prompt: string | RegExp): Locator {
    return this.page.getByRole('listitem').filter({ has: this.question(prompt) });
  }

  /** Clicks "Share" and returns the link in the "Share link" box. */
  async makeShareLink(): Promise<string> {
    await this.shareButton.click();
    await expect(this.shareLink).toHaveValue(/^http/);
    return this.shareLink.inputValue();
  }

  async exportScenario(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export scenario' }).click();
    return download;
  }

  async importFile(path: string) {
    await this.page.getByLabel('Import scenario').setInputFiles(path);
  }

  /** The text of the execution table's row for the current step. */
  async currentRowText(): Promise<string> {
    await expect(this.currentRow).toBeVisible();
    return (await this.currentRow.textContent()) ?? '';
  }
}
