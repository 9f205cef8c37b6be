// The scenario editor wired to the store. Loaded on demand (with the parser) when it is opened.
import { useEffect, useMemo } from 'react';
import { fileFromModel, modelFromFile, problemsFor, unplacedProblems } from '../../store/editorModel';
import * as ls from '../../store/lessonSelectors';
import { currentFileOf } from '../../store/scenarioSlice';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { SavedList } from './SavedList';
import { ScenarioEditor } from './ScenarioEditor';
import './editor.css';

export default function EditorContainer() {
  const store = useAppStoreApi();
  const actions = useAppStore(ls.selectLessonActions);
  const kit = useAppStore(ls.selectLessonKit);
  const draft = useAppStore(ls.selectEditorDraft);
  const saved = useAppStore(ls.selectSavedScenarios);
  const status = useAppStore(ls.selectEditorStatus);
  const fromOpen = () => modelFromFile(currentFileOf(store.getState()) ?? {});
  useEffect(() => {
    if (!draft && kit) actions.setDraft(modelFromFile(currentFileOf(store.getState()) ?? {}));
  }, [draft, kit, actions, store]);
  const file = useMemo(() => (draft ? fileFromModel(draft) : null), [draft]);
  const problems = useMemo(() => {
    if (!file || !kit) return [];
    const parsed = kit.parseScenario(file);
    return parsed.ok ? [] : parsed.problems;
  }, [file, kit]);
  if (!draft || !file) return null;
  const find = (id: string) => saved.find((s) => s.id === id);
  return (
    <ScenarioEditor
      model={draft}
      problemCount={problems.length}
      unplaced={unplacedProblems(problems, draft)}
      status={status}
      problemsAt={(path) => problemsFor(problems, path).map((p) => (p.path === path ? p.message : `${p.path.slice(path.length).replace(/^\./, '')}: ${p.message}`))}
      onChange={actions.setDraft}
      onRun={() => {
        void actions.open({ kind: 'file', file, what: 'The edited scenario' });
        actions.closeEditor();
      }}
      onSave={() => actions.saveScenario(file)}
      onReset={() => actions.setDraft(fromOpen())}
      onClose={actions.closeEditor}
      saved={
        <SavedList
          saved={saved}
          onEdit={(id) => actions.setDraft(modelFromFile(find(id)?.file))}
          onRun={(id) => {
            const s = find(id);
            if (!s) return;
            void actions.open({ kind: 'file', file: s.file, what: `The saved scenario "${s.title}"` });
            actions.closeEditor();
          }}
          onDelete={actions.deleteSaved}
        />
      }
    />
  );
}
