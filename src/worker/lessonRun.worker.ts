// The lesson-run thread: plays a scenario headless for the learning modes (see playLessonRun.ts).
import type { ToLessonRunner } from './lessonRunProtocol';
import { answerLessonRun } from './playLessonRun';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToLessonRunner>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerLessonRun(event.data));
