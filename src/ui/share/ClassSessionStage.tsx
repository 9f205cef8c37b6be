// Above the diagram, once a class session exists on this page: a student's "Following the teacher"
// bar and the question asked, or the teacher's count of answers. Nothing (and no code) otherwise.
import { lazy, Suspense } from 'react';
import { useClassSession } from './useClassSession';

const ClassStage = lazy(() => import('./classSessionUi').then((m) => ({ default: m.ClassStage })));

export function ClassSessionStage() {
  const shown = useClassSession((s) => s.role !== null || s.message !== null);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <ClassStage />
    </Suspense>
  );
}
