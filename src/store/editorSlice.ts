// The editor slice: the scenario editor's draft and status, and the scenarios saved in this browser.
import { addSaved, browserStorage, readSaved, removeSaved, writeSaved } from './savedScenarios';
import type { Ports, SliceKit } from './sliceKit';
import type { EditorActions, EditorState, LessonDeps } from './state';

export function initialEditorState(deps: LessonDeps): EditorState {
  return { editorOpen: false, editorDraft: null, editorStatus: null, savedScenarios: readSaved(storageOf(deps)) };
}

function storageOf(deps: LessonDeps) {
  return deps.storage === undefined ? browserStorage() : deps.storage;
}

export function createEditorActions(kit: SliceKit, deps: LessonDeps, ports: Pick<Ports, 'loadKit'>): EditorActions {
  const { set, get } = kit;
  const storage = storageOf(deps);
  return {
    openEditor() {
      set({ editorOpen: true, editorStatus: null });
      // The editor checks the draft with the kit's parser and starts from the open file.
      ports.loadKit().catch(() => {});
    },
    closeEditor: () => set({ editorOpen: false }),
    setDraft: (editorDraft) => set({ editorDraft }),
    saveScenario(file) {
      const list = addSaved(get().savedScenarios, file, deps.now?.() ?? Date.now());
      const ok = writeSaved(storage, list);
      set({
        savedScenarios: list,
        editorStatus: ok ? `Saved "${list[0].title}" in this browser.` : 'This browser refused to save (storage is full or turned off).',
      });
    },
    deleteSaved(id) {
      const list = removeSaved(get().savedScenarios, id);
      writeSaved(storage, list);
      set({ savedScenarios: list, editorStatus: 'Deleted.' });
    },
  };
}
