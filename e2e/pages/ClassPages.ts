// A class: the teacher's page and students' pages, each in a browser context of its own (separate
// storage, as on separate laptops), all served by `npm run classroom`.
import { type Browser, type BrowserContext, expect, type Locator } from '@playwright/test';
import { classroomOrigin } from './classroom';
import { LessonsPage } from './LessonsPage';

export class ClassPage extends LessonsPage {
  get classStage(): Locator {
    return this.page.getByRole('region', { name: 'Class session' });
  }
  get following(): Locator {
    return this.classStage.getByText('Following the teacher');
  }
  get stopFollowing(): Locator {
    return this.page.getByRole('button', { name: 'Stop following' });
  }
  get followTheTeacher(): Locator {
    return this.page.getByRole('button', { name: 'Follow the teacher' });
  }
}

export class Classroom {
  private contexts: BrowserContext[] = [];

  constructor(private browser: Browser) {}

  async page(): Promise<ClassPage> {
    const context = await this.browser.newContext({ baseURL: classroomOrigin, viewport: { width: 1366, height: 768 } });
    this.contexts.push(context);
    return new ClassPage(await context.newPage());
  }

  /** The teacher's page with a session started: returns the class link. */
  async startSession(teacher: ClassPage): Promise<string> {
    await teacher.page.getByRole('button', { name: 'Start class session' }).click();
    const link = teacher.page.getByRole('textbox', { name: 'Class link' });
    await expect(link).toHaveValue(/\?class=[A-Za-z0-9_-]{22}$/);
    await expect(teacher.page.getByRole('img', { name: 'QR code of the class link' })).toBeVisible();
    const value = await link.inputValue();
    await teacher.page.getByRole('group', { name: 'Class session' }).getByRole('button', { name: 'Close' }).click();
    return value;
  }

  async join(link: string): Promise<ClassPage> {
    const student = await this.page();
    await student.page.goto(link);
    await expect(student.following).toBeVisible();
    return student;
  }

  async close(): Promise<void> {
    for (const c of this.contexts.splice(0)) await c.close();
  }
}
