// "Ask the class" on a quiz question, in a class session on the teacher's page: every following
// page shows the question. The answer stays on this page until "Reveal answer".
import { useClassSession } from './useClassSession';

/** The session code is loaded already (this page is teaching); the import only finds it. */
const loadController = () => import('../../session/controller');

interface Question {
  id: string;
  prompt: string;
  options: { id: string; label: string }[];
  answerId: string;
  reason: string;
}

export function AskTheClass({ question }: { question: Question }) {
  const teaching = useClassSession((s) => s.role === 'teacher' && s.connection === 'live');
  const asked = useClassSession((s) => s.question?.id === question.id);
  if (!teaching) return null;
  const { id, prompt, options, answerId, reason } = question;
  return (
    <button
      type="button"
      disabled={asked}
      onClick={() => void loadController().then((c) => c.askTheClass({ id, prompt, options: options.map((o) => ({ id: o.id, label: o.label })), answerId, reason }))}
    >
      {asked ? 'Asked the class' : 'Ask the class'}
    </button>
  );
}
