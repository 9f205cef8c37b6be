// Where a broker header's words go: its name on the left (" ◆" for the active controller), its
// state's tag on the right ("● UP", "✕ DOWN", "⚡ ISOLATED"; just the mark in a narrow box). Shared
// by the drawing (BrokerNode.tsx) and by the messages that must keep off it (inFlightClearance.ts).
// Pure, tested.
import type { BrokerSlot, Rect } from './layout';

export interface HeaderState {
  id: number;
  down: boolean;
  isolated: boolean;
  /** The active controller (ZooKeeper mode, or KRaft's broker-controller). */
  controller: boolean;
}

export interface HeaderGeometry {
  /** A big cluster's short header: smaller tag, tighter margins. */
  compact: boolean;
  name: string;
  nameX: number;
  nameY: number;
  tag: string;
  tagBox: { x: number; y: number; w: number; h: number };
  tagTextX: number;
  tagTextY: number;
}

/** About this many units a character of the title's bold 16-unit type (digits and capitals). */
const TITLE_CHAR_W = 9.6;

export function headerGeometry(slot: Pick<BrokerSlot, 'x' | 'y' | 'w' | 'headerH' | 'cells'>, s: HeaderState): HeaderGeometry {
  const compact = slot.cells.length > 0 || slot.headerH < 30;
  const word = s.down ? '✕ DOWN' : s.isolated ? '⚡ ISOLATED' : '● UP';
  const charW = compact ? 7 : 8;
  const narrow = slot.w < word.length * charW + (compact ? 100 : 110);
  const tag = narrow ? word.slice(0, 1) : word;
  const tagW = tag.length * charW + (compact ? 10 : 14);
  const tagH = compact ? 16 : 22;
  const tagX = slot.x + slot.w - tagW - (compact ? 5 : 8);
  const tagY = slot.y + (slot.headerH - tagH) / 2 + 1;
  return {
    compact,
    name: `Broker ${s.id}${s.controller ? ' ◆' : ''}`,
    nameX: slot.x + (compact ? 8 : 12),
    nameY: slot.y + slot.headerH / 2 + (compact ? 5 : 6),
    tag,
    tagBox: { x: tagX, y: tagY, w: tagW, h: tagH },
    tagTextX: tagX + tagW / 2,
    tagTextY: tagY + tagH / 2 + (compact ? 4 : 5),
  };
}

/** The boxes the header's words cover: its name, from cap height to baseline, and its tag. */
export function headerWordBoxes(slot: Pick<BrokerSlot, 'x' | 'y' | 'w' | 'headerH' | 'cells'>, s: HeaderState): Rect[] {
  const g = headerGeometry(slot, s);
  const nameW = Math.min(slot.x + slot.w - g.nameX, g.name.length * TITLE_CHAR_W + 2);
  return [{ x: g.nameX - 2, y: g.nameY - 14, w: nameW + 2, h: 18 }, g.tagBox];
}
