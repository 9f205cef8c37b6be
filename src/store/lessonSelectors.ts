// Module-level selectors for the lesson slice (see selectors.ts for the app's own).
import type { AppState } from './state';
import { cueAt } from './lessonRunner';

export const selectLessonActions = (s: AppState) => s.lessonActions;
export const selectLessonKit = (s: AppState) => s.lessonKit;
export const selectLesson = (s: AppState) => s.lesson;
export const selectLessonRun = (s: AppState) => s.lessonRun;
export const selectLessonRunError = (s: AppState) => s.lessonRunError;
export const selectLessonTab = (s: AppState) => s.lessonTab;
export const selectForkStep = (s: AppState) => s.lessonForkStep;
export const selectPresenter = (s: AppState) => s.presenter;
export const selectShareLink = (s: AppState) => s.shareLink;
/** The last open's error, unless it was an import (see selectImportError): a link, a lesson, a saved or edited scenario. */
export const selectLaunchError = (s: AppState) => (s.openError && s.openError.kind !== 'text' ? s.openError.message : null);
export const selectEditorOpen = (s: AppState) => s.editorOpen;
export const selectEditorDraft = (s: AppState) => s.editorDraft;
export const selectEditorStatus = (s: AppState) => s.editorStatus;
export const selectSavedScenarios = (s: AppState) => s.savedScenarios;
export const selectQuizAnswers = (s: AppState) => s.quizAnswers;
export const selectQuizRevealed = (s: AppState) => s.quizRevealed;
export const selectQuizPredicting = (s: AppState) => s.quizPredicting;

/** The open built-in lesson's id, or null. */
export const selectLessonId = (s: AppState) => (s.source?.kind === 'lesson' ? s.source.lessonId : null);

/** The lesson narration for the current step; past a fork, a plain word that the story changed. */
export const selectLessonCue = (s: AppState) => {
  const fork = s.lessonForkStep;
  if (fork !== null && s.currentStep > fork)
    return `Your intervention at step ${fork} changed the story, so the lesson's narration stops here ("Restart lesson" brings it back).`;
  return cueAt(s.lessonCues, s.currentStep, fork);
};
