// Questions about consumer groups: who owns a partition after a rebalance, what a commit names,
// and where a restarted consumer resumes.
import type { SimEvent } from '../../../engine/view.types';
import type { EventMatcher } from '../../types';
import type { LessonRun } from '../lessonRun';
import { findEvent } from '../resolveEvent';
import { firstAfter, listWords, numberOptions, offsetsBelow, onPartition, textOptions, tpName } from './options';
import type { Draft } from './types';

const COMMIT_WORDS: Record<string, string> = {
  auto: 'commits automatically',
  'after-processing': 'commits after processing',
  'before-processing': 'commits before processing',
};

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
  const tp = tpName(topic, partition);
  const owner = group.members.find((m) => m.assignment.some((a) => a.topic === topic && a.partition === partition))?.id;
  const nobody = 'Nobody: it is unassigned';
  const correct = owner ?? nobody;
  const idle = group.members.filter((m) => m.assignment.length === 0).map((m) => m.id);
  const live = group.members.map((m) => m.id);
  const earlier = run.viewAt(Math.max(0, event.step - 1)).groups.find((g) => g.groupId === groupId);
  const before = earlier?.members.find((m) => m.assignment.some((a) => a.topic === topic && a.partition === partition))?.id;
  const why = (l: string) => {
    if (l === correct) return `In generation ${group.generation} the ${group.protocol} assignor gave ${tp} to ${correct === nobody ? 'no member' : correct}.`;
    if (l === nobody) return `${tp} has an owner: a group leaves no subscribed partition unassigned while it has a live member.`;
    if (!live.includes(l)) return `${l} is no longer a member of '${groupId}' in this generation.`;
    return `Inside one group each partition has exactly one owner, and the assignor gave ${tp} to ${correct}.`;
  };
  const others = [...members.filter((m) => m !== correct), nobody];
  const { options, answerId } = textOptions(correct, others.slice(0, 3), why);
  const count = run.viewAt(event.step).partitions.filter((p) => p.topic === topic).length;
  const idleNote = idle.length ? ` ${listWords(idle)} got no partition: a group never has more active readers than partitions.` : '';
  const was = before && before !== correct ? `; before this rebalance ${before} read ${tp}` : '';
  return {
    prompt: `Group '${groupId}' (${group.protocol} assignor) has members ${listWords(live)}, and ${topic} has ${count} partition${count === 1 ? '' : 's'}${was}. When the rebalance completes, which consumer of '${groupId}' reads ${tp}?`,
    options,
    answerId,
    reason: `${why(correct)} Inside one group each partition has exactly one owner.${idleNote}`,
    hint: 'Within a group partitions are shared out, one owner each; different groups each read everything.',
    decidingStep: event.step,
  };
}

export function committedOffset(run: LessonRun, groupId: string, topic: string, partition: number, at: EventMatcher): Draft | null {
  const event = findEvent(run.events, at);
  const group = event ? run.viewAt(event.step).groups.find((g) => g.groupId === groupId) : undefined;
  const committed = group?.committed.find((c) => c.topic === topic && c.partition === partition);
  if (!event || !committed) return null;
  const c = committed.offset;
  const tp = tpName(topic, partition);
  const earlier = run.viewAt(event.step - 1);
  const prior = earlier.groups.find((g) => g.groupId === groupId)?.committed.find((x) => x.topic === topic && x.partition === partition)?.offset;
  const who = event.consumer ?? groupMembers(run, groupId)[0];
  const spec = run.scenario.consumers.find((x) => x.id === who);
  const why = (n: number) => {
    if (n === c) return `A committed offset is the NEXT offset to read: '${groupId}' is done with ${c === 0 ? 'nothing yet' : offsetsBelow(c)}, so it commits ${c}.`;
    if (n === c - 1) return `${n} is the last offset handed out; committing it would make a restart read it again.`;
    if (n === prior) return `${n} was the group's previous commit; this commit moves it.`;
    return n > c ? `Nothing at or beyond offset ${c} has been handed to ${who} yet.` : `The group has already moved past ${n}.`;
  };
  const { options, answerId } = numberOptions(c, [c - 1, c + 1, prior], String, why);
  const mode = spec ? ` (it ${COMMIT_WORDS[spec.commitMode] ?? spec.commitMode})` : '';
  const polled = earlier.consumers.find((x) => x.id === who)?.received.filter((r) => r.topic === topic && r.partition === partition) ?? [];
  const got = polled.length ? `has been handed ${offsetsBelow(polled[polled.length - 1].offset + 1, polled[0].offset)} of ${tp}` : `reads ${tp}`;
  return {
    prompt: `${who} of group '${groupId}'${mode} ${got}. Which offset of ${tp} does its next commit record?`,
    options,
    answerId,
    reason: `${why(c)} A member that takes over ${tp} resumes there.`,
    hint: 'Committed offset = last processed offset + 1.',
    decidingStep: event.step,
  };
}

function anchorWords(anchor: SimEvent, consumer: string): string {
  const other = anchor.consumer !== undefined && anchor.consumer !== consumer ? anchor.consumer : null;
  if (anchor.type === 'ConsumerCrashed') return other ? `takes over after ${other} crashes` : 'crashes and later starts again';
  if (anchor.type === 'ConsumerStopped') return other ? `takes over after ${other} leaves the group` : 'leaves the group and later rejoins';
  if (anchor.type === 'ConsumerStarted') return other ? `is running when ${other} starts` : 'starts';
  return 'starts reading';
}

export function resumeOffset(run: LessonRun, consumer: string, topic: string, partition: number, after: EventMatcher): Draft | null {
  const anchor = findEvent(run.events, after);
  if (!anchor) return null;
  const e = firstAfter(run.events, anchor.step, (x) => (x.type === 'PositionSet' || x.type === 'PositionReset') && x.consumer === consumer && onPartition(x, topic, partition));
  if (!e || e.offset === undefined) return null;
  const beforeView = run.viewAt(anchor.step - 1).consumers.find((c) => c.id === consumer);
  const position = beforeView?.positions.find((p) => p.topic === topic && p.partition === partition)?.offset;
  const received = beforeView?.received.filter((r) => r.topic === topic && r.partition === partition) ?? [];
  const tp = tpName(topic, partition);
  const spec = run.scenario.consumers.find((c) => c.id === consumer);
  const hw = run.viewAt(e.step).partitions.find((p) => p.topic === topic && p.partition === partition)?.highWatermark;
  const reason =
    e.type === 'PositionSet'
      ? `${consumer} resumes at its group's committed offset, ${e.offset}.${position !== undefined && position !== e.offset ? ` Its position in memory had been ${position}, but a position dies with the process.` : ''} Only the committed offset survives a restart.`
      : `There is no usable committed offset for ${tp}, so auto.offset.reset=${e.detail ?? 'its setting'} puts ${consumer} at offset ${e.offset}.`;
  const why = (n: number) => {
    if (n === e.offset) return reason;
    if (n === position) return `${n} was its position in memory; a position dies with the process, only the committed offset survives.`;
    if (n === 0) return e.type === 'PositionSet' ? `The group has a committed offset (${e.offset}), so it does not start from the beginning.` : `auto.offset.reset=${e.detail} does not mean the start of the log here.`;
    if (n === hw) return `${n} is the end of the log; ${e.type === 'PositionSet' ? 'a committed offset wins over the log end' : `auto.offset.reset=${e.detail} says otherwise`}.`;
    return `Nothing in this run puts ${consumer} at ${n}.`;
  };
  const { options, answerId } = numberOptions(e.offset, [position, 0, hw], String, why);
  const had = received.length ? `, having been handed ${offsetsBelow(received[received.length - 1].offset + 1, received[0].offset)}` : '';
  const mode = spec ? ` (${COMMIT_WORDS[spec.commitMode] ?? spec.commitMode}, auto.offset.reset=${spec.config.autoOffsetReset})` : '';
  return {
    prompt: `${consumer} of group '${spec?.groupId ?? '?'}'${mode} ${anchorWords(anchor, consumer)}${had}. From which offset of ${tp} does it read next?`,
    options,
    answerId,
    reason,
    hint: 'A restarted consumer starts from its group\'s committed offset, or from auto.offset.reset when there is none.',
    decidingStep: e.step,
  };
}
