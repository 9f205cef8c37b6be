// Questions about consumer groups: who owns a partition, what was committed, and where a
// restarted consumer resumes.
import type { EventMatcher } from '../../types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import { firstAfter, listWords, numberOptions, offsetsBelow, onPartition, textOptions, tpName } from './options';
import type { QuizQuestion } from './types';

type Draft = Omit<QuizQuestion, 'id' | 'kind'>;

function groupMembers(run: LessonRun, groupId: string): string[] {
  return run.scenario.consumers.filter((c) => c.groupId === groupId).map((c) => c.id);
}

export function assignedConsumer(run: LessonRun, groupId: string, topic: string, partition: number, at?: EventMatcher): Draft | null {
  const members = groupMembers(run, groupId);
  const event = at
    ? findEvent(run.events, at)
    : run.events.find((e) => e.type === 'PartitionsAssigned' && e.consumer !== undefined && members.includes(e.consumer));
  const group = event ? run.viewAt(event.step).groups.find((g) => g.groupId === groupId) : undefined;
  if (!event || !group) return null;
  const owner = group.members.find((m) => m.assignment.some((a) => a.topic === topic && a.partition === partition))?.id;
  const nobody = 'Nobody: it is unassigned';
  const correct = owner ?? nobody;
  const idle = group.members.filter((m) => m.assignment.length === 0).map((m) => m.id);
  const others = [...members.filter((m) => m !== correct), nobody];
  const { options, answerId } = textOptions(correct, others.slice(0, 3));
  const tp = tpName(topic, partition);
  const idleNote = idle.length ? ` ${listWords(idle)} got no partition: a group never has more active readers than partitions.` : '';
  return {
    prompt: `After the rebalance at step ${event.step}, which consumer of group '${groupId}' reads ${tp}?`,
    options,
    answerId,
    reason: `In generation ${group.generation} the ${group.protocol} assignor gave ${tp} to ${correct === nobody ? 'no member' : correct}. Inside one group each partition has exactly one owner.${idleNote}`,
    hint: 'Within a group partitions are shared out, one owner each; different groups each read everything.',
    stopBeforeStep: event.step,
  };
}

export function committedOffset(run: LessonRun, groupId: string, topic: string, partition: number, at: EventMatcher): Draft | null {
  const event = findEvent(run.events, at);
  const group = event ? run.viewAt(event.step).groups.find((g) => g.groupId === groupId) : undefined;
  const committed = group?.committed.find((c) => c.topic === topic && c.partition === partition);
  if (!event || !committed) return null;
  const c = committed.offset;
  const { options, answerId } = numberOptions(c, [c - 1, c + 1], String);
  const done = c === 0 ? 'nothing yet' : offsetsBelow(c);
  return {
    prompt: `After step ${event.step}, which offset of ${tpName(topic, partition)} has group '${groupId}' committed?`,
    options,
    answerId,
    reason: `A committed offset is the NEXT offset to read, not the last one read: '${groupId}' is done with ${done}, so it committed ${c}. A member that takes over ${tpName(topic, partition)} resumes there.`,
    hint: 'Committed offset = last processed offset + 1.',
    stopBeforeStep: event.step,
  };
}

export function resumeOffset(run: LessonRun, consumer: string, topic: string, partition: number, after: EventMatcher): Draft | null {
  const anchor = findEvent(run.events, after);
  if (!anchor) return null;
  const e = firstAfter(run.events, anchor.step, (x) => (x.type === 'PositionSet' || x.type === 'PositionReset') && x.consumer === consumer && onPartition(x, topic, partition));
  if (!e || e.offset === undefined) return null;
  const beforeView = run.viewAt(anchor.step - 1).consumers.find((c) => c.id === consumer);
  const position = beforeView?.positions.find((p) => p.topic === topic && p.partition === partition)?.offset;
  const { options, answerId } = numberOptions(e.offset, [position, 0], String);
  const tp = tpName(topic, partition);
  const lostPosition = position !== undefined && position !== e.offset ? ` Its position in memory had been ${position}, but a position dies with the process.` : '';
  const reason = e.type === 'PositionSet'
    ? `${consumer} resumes at its group's committed offset, ${e.offset}.${lostPosition} Only the committed offset survives a restart.`
    : `There is no usable committed offset for ${tp}, so auto.offset.reset=${e.detail ?? 'its setting'} puts ${consumer} at offset ${e.offset}.`;
  return {
    prompt: `After step ${anchor.step}, from which offset of ${tp} does ${consumer} start reading?`,
    options,
    answerId,
    reason,
    hint: 'A restarted consumer starts from the committed offset, or from auto.offset.reset when there is none.',
    stopBeforeStep: e.step,
  };
}
