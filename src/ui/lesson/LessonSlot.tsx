// The lesson panel (tabs "Process flow", "Key moments", "Visual quiz" …) will live here; the
// layout keeps its place in the side panel so adding it moves nothing else.
export function LessonSlot() {
  return <div className="lesson-slot" data-slot="lesson" />;
}
