import { describe, expect, it } from 'vitest';
import { CowArray, LEAF_WIDTH } from '../core/cowArray';
import { ArchivedLeaf, ArchivedList, RecordArchive } from './recordArchive';
import { uniqueBytes } from './stateBytes';

const send = (i: number, status = 'acked') => ({ index: i, key: `k${i}`, value: `v${i}`, status, offset: status === 'acked' ? i * 2 : null });

/** A producer's list of `n` sends, the newest `pending` of them not settled yet. */
function sends(n: number, pending: number): CowArray<object> {
  const list = new CowArray<object>();
  for (let i = 0; i < n; i++) list.push(send(i, i >= n - pending ? 'pending' : 'acked'));
  return list;
}

function archiveOf(list: CowArray<object>, upTo: number): RecordArchive {
  const archive = new RecordArchive();
  for (let i = 0; i < upTo; i++) archive.append(list.get(i) as object | undefined);
  return archive;
}

function expectSame(back: CowArray<object>, list: CowArray<object>): void {
  expect(back.length).toBe(list.length);
  expect(back.firstKept).toBe(list.firstKept);
  for (let i = 0; i < list.length; i++) expect(back.get(i)).toEqual(list.get(i));
  expect(back.items()).toEqual(list.items());
}

describe('an archive of settled items', () => {
  it('gives back any range it holds, and forgets past a fork', () => {
    const list = sends(300, 0);
    const archive = archiveOf(list, 300);
    expect(archive.length).toBe(300);
    const seen: [number, object | undefined][] = [];
    archive.forEach(70, 140, (item, i) => seen.push([i, item]));
    expect(seen.map(([i]) => i)).toEqual(Array.from({ length: 70 }, (_, k) => 70 + k));
    expect(seen.map(([, item]) => item)).toEqual(list.slice(70, 140));
    archive.truncate(100);
    expect(archive.length).toBe(100);
    archive.append(send(100, 'failed'));
    const last: (object | undefined)[] = [];
    archive.forEach(99, 200, (item) => last.push(item));
    expect(last).toEqual([send(99), send(100, 'failed')]);
  });

  it('stands in for a checkpoint copy of a list: settled items from the archive, the rest its own', () => {
    const list = sends(500, 40);
    list.forgetBefore(130);
    const archive = archiveOf(sends(500, 0), 470);
    // The archive holds some sends that settled after the copy was made: the copy's own are kept.
    const stand = ArchivedList.of(list, archive, 460);
    expectSame(stand.share(), list);
    // Two restores are independent: a write to one is not seen by the other or the archive.
    const a = stand.share();
    const b = stand.share();
    a.set(200, send(9999));
    a.push(send(500));
    expect(b.get(200)).toEqual(list.get(200));
    expect(b.length).toBe(500);
    expectSame(stand.share(), list);
  });

  it('holds a whole leaf of archived items unread until something asks for one', () => {
    const list = sends(10 * LEAF_WIDTH, 5);
    const back = ArchivedList.of(list, archiveOf(list, list.length), list.length - 5).share();
    const leaf = back.tree.root.items[3] as ArchivedLeaf;
    expect(leaf).toBeInstanceOf(ArchivedLeaf);
    // Measuring what a checkpoint holds does not read it (its items are the archive's).
    uniqueBytes(back, undefined);
    expect((leaf as unknown as { read: unknown }).read).toBeNull();
    expect(back.get(3 * LEAF_WIDTH + 1)).toEqual(send(3 * LEAF_WIDTH + 1));
    expect((leaf as unknown as { read: unknown }).read).not.toBeNull();
  });

  it('costs a copy a few bytes beyond the archive, which holds each settled item once', () => {
    const list = sends(4000, 60);
    const archive = archiveOf(list, 3940);
    const stand = ArchivedList.of(list, archive, 3940);
    expect(stand.bytes).toBeLessThan(60 * 40);
    expect(archive.bytes / 3940).toBeLessThan(30);
    expect(uniqueBytes(list, undefined)).toBeGreaterThan(archive.bytes * 3);
  });
});
