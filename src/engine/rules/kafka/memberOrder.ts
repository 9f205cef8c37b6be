// The member order of the range and round-robin assignors: AbstractPartitionAssignor.MemberInfo.
import type { MemberSubscription } from './assignment.types';
import { compareJavaStrings } from './topicPartitions';

/**
 * MemberInfo.compareTo: static members (with a group.instance.id) first, ordered by that id;
 * then dynamic members by member id as plain strings, so "c10" < "c2" < "c9".
 */
export function compareMembers(a: MemberSubscription, b: MemberSubscription): number {
  const ai = a.groupInstanceId;
  const bi = b.groupInstanceId;
  if (ai !== undefined && bi !== undefined) return compareJavaStrings(ai, bi);
  if (ai !== undefined) return -1;
  if (bi !== undefined) return 1;
  return compareJavaStrings(a.memberId, b.memberId);
}
