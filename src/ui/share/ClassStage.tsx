// The class session above the diagram. A student sees "Following the teacher" (or that they
// explore alone) and the question the teacher asked; the teacher sees the answers come in.
import { answerQuestion, revealAnswer, setFollowing } from '../../session/controller';
import type { Connection } from '../../session/sessionStore';
import { ClassQuestionCard } from './ClassQuestionCard';
import { ClassTally } from './ClassTally';
import { useClassSession } from './useClassSession';
import './classSession.css';

function TeacherBar({ connection, students }: { connection: Connection; students: number }) {
  const live = connection === 'live';
  return (
    <div className="class-bar">
      <p className="class-state">
        <span aria-hidden="true">{live ? '● ' : '○ '}</span>
        {connection === 'connecting' ? 'Opening the class session…' : connection === 'reconnecting' ? 'Reconnecting to the class…' : live ? `Class session: ${students} student${students === 1 ? '' : 's'} following` : 'The class session is over.'}
      </p>
    </div>
  );
}

export default function ClassStage() {
  const role = useClassSession((s) => s.role);
  const connection = useClassSession((s) => s.connection);
  const following = useClassSession((s) => s.following);
  const message = useClassSession((s) => s.message);
  const question = useClassSession((s) => s.question);
  const reveal = useClassSession((s) => s.reveal);
  const tally = useClassSession((s) => s.tally);
  const myAnswer = useClassSession((s) => s.myAnswer);
  const students = useClassSession((s) => s.students);
  const ended = connection === 'ended';
  return (
    <section className="class-stage" aria-label="Class session">
      {role === 'student' && (
        <div className="class-bar">
          <p className="class-state">
            <span aria-hidden="true">{ended ? '■ ' : following ? '● ' : '○ '}</span>
            {ended ? 'The class session is over.' : following ? 'Following the teacher' : 'Exploring on your own'}
          </p>
          {!ended && (
            <button type="button" className={following ? '' : 'primary'} onClick={() => setFollowing(!following)}>
              {following ? 'Stop following' : 'Follow the teacher'}
            </button>
          )}
        </div>
      )}
      {role === 'teacher' && <TeacherBar connection={connection} students={students} />}
      {message && <p className="class-message">{message}</p>}
      {question && role === 'student' && <ClassQuestionCard question={question} reveal={reveal} chosen={myAnswer} onChoose={answerQuestion} />}
      {question && role === 'teacher' && <ClassTally question={question} tally={tally} reveal={reveal} onReveal={revealAnswer} />}
    </section>
  );
}
