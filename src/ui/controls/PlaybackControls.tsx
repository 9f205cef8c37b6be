// Play/pause, stepping, speed and the timeline: the teacher's remote control.
import { SPEEDS, type Speed } from '../../store/playback';

export interface PlaybackControlsProps {
  ready: boolean;
  playing: boolean;
  speed: Speed;
  currentStep: number;
  stepCount: number;
  finished: boolean;
  timeMs: number;
  onTogglePlay(): void;
  onStepForward(): void;
  onStepBack(): void;
  onRestart(): void;
  onSpeed(speed: Speed): void;
  onSeek(step: number): void;
  onNextMoment(): void;
  onPreviousMoment(): void;
  /** Play stops by itself at each story moment. */
  pauseAtMoments: boolean;
  onPauseAtMoments(on: boolean): void;
  /** The timeline's bounds when an embedded player holds it to some steps. */
  minStep?: number;
  maxStep?: number;
}

const speedLabel = (s: Speed) => (s === 'fast' ? 'Fast' : `${s} step${s === 1 ? '' : 's'}/s`);

export function PlaybackControls(p: PlaybackControlsProps) {
  const atEnd = (p.finished && p.currentStep >= p.stepCount) || (p.maxStep !== undefined && p.currentStep >= p.maxStep);
  const min = p.minStep ?? 0;
  return (
    <fieldset className="playback">
      <legend className="visually-hidden">Playback</legend>
      <button type="button" onClick={p.onRestart} disabled={!p.ready} title="Restart (Home)">
        <span aria-hidden="true">↺ </span>Restart
      </button>
      <button type="button" className="moment" onClick={p.onPreviousMoment} disabled={!p.ready || p.currentStep <= min} title="Previous moment of the story (Shift+←)" aria-label="Previous moment">
        <span aria-hidden="true">« </span>Moment
      </button>
      <button type="button" onClick={p.onStepBack} disabled={!p.ready || p.currentStep <= min} title="Step back (←)">
        <span aria-hidden="true">◀ </span>Step back
      </button>
      <button type="button" className="primary play" onClick={p.onTogglePlay} disabled={!p.ready || (atEnd && !p.playing)} title="Play or pause (Space)">
        <span aria-hidden="true">{p.playing ? '❚❚ ' : '▶ '}</span>
        {p.playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={p.onStepForward} disabled={!p.ready || atEnd} title="Step forward (→)">
        Step forward<span aria-hidden="true"> ▶</span>
      </button>
      <button type="button" className="moment" onClick={p.onNextMoment} disabled={!p.ready || atEnd} title="Next moment of the story (Shift+→)" aria-label="Next moment">
        Moment<span aria-hidden="true"> »</span>
      </button>
      <label className="pause-at-moments" title="Play stops by itself at each moment of the story">
        <input type="checkbox" checked={p.pauseAtMoments} onChange={(e) => p.onPauseAtMoments(e.target.checked)} /> Pause at moments
      </label>
      <label className="speed">
        <span className="speed-word">Speed</span>{' '}
        <select aria-label="Speed" value={String(p.speed)} onChange={(e) => p.onSpeed(e.target.value === 'fast' ? 'fast' : (Number(e.target.value) as Speed))}>
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <div className="timeline">
        <input
          className="timeline-input"
          type="range"
          aria-label="Timeline"
          min={min}
          max={p.maxStep ?? Math.max(p.stepCount, p.currentStep, 1)}
          value={p.currentStep}
          aria-valuetext={`Step ${p.currentStep} of ${p.stepCount}`}
          disabled={!p.ready}
          onChange={(e) => p.onSeek(Number(e.target.value))}
        />
      </div>
      <output className="step-readout" aria-live="off">
        {/* At the end "(end)" stands for "/ total", which it equals: the readout never grows there and pushes the row onto two lines. */}
        Step <strong>{p.currentStep}</strong> {atEnd ? '(end)' : `/ ${p.stepCount}`} · {(p.timeMs / 1000).toFixed(3)} s
      </output>
    </fieldset>
  );
}
