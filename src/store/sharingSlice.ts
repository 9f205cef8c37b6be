// The sharing slice: a link to the open scenario at the current step, and its export as a file.
import { browserDownload } from './download';
import { fileNameFor } from './scenarioFile';
import { defaultLink, fileLink, lessonLink } from './shareLink';
import type { Ports, SliceKit } from './sliceKit';
import type { LessonDeps, SharingActions, SharingState } from './state';

export function initialSharingState(): SharingState {
  return { shareLink: null };
}

/** A link made for one scenario and step says nothing true about the next load. */
export function sharingStateOnLoad(): Partial<SharingState> {
  return { shareLink: null };
}

export function createSharingActions(kit: SliceKit, deps: LessonDeps, ports: Pick<Ports, 'loadKit' | 'currentFile'>): SharingActions {
  const { set, get } = kit;
  const download = deps.download ?? browserDownload;
  return {
    async share() {
      const s = get();
      if (!s.scenario) return;
      const base = deps.baseUrl?.() ?? `${location.origin}${location.pathname}`;
      const step = s.currentStep;
      let link: string;
      if (s.source === null) link = defaultLink(base, s.seed, step);
      else if (s.source.kind === 'lesson') link = lessonLink(base, s.source.lessonId, s.seed, step);
      else {
        // A file imported with "Import scenario" came in without the kit, which writes files.
        if (!s.lessonKit) await ports.loadKit();
        link = await fileLink(base, ports.currentFile(), step);
      }
      set({ shareLink: link });
    },
    closeShare: () => set({ shareLink: null }),
    exportScenario() {
      const save = () => {
        const file = ports.currentFile();
        if (file) download(fileNameFor(get().title, 'json'), 'application/json', `${JSON.stringify(file, null, 2)}\n`);
      };
      // Usually in already (a pointer over the tools prefetches it); otherwise the file follows it.
      if (get().lessonKit) save();
      else ports.loadKit().then(save, () => {});
    },
  };
}
