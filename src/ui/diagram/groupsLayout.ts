// Where the consumer groups go: stacked on the right of the diagram, each member a full box (its
// partitions, position, commit and lag) when they all fit the band's height; otherwise chips, with
// a second line for positions and commits when one column of those fits, one-line chips if not.
import type { DiagramLayout, LayoutInput, Point } from './layout';

export const GROUP_HEADER = 44;
export const CONSUMER_HEADER = 30;
export const CONSUMER_ROW = 22;
export const MAX_CONSUMER_ROWS = 4;
export const CHIP_H = 26;
/** A chip with a second line (positions and commits). */
export const CHIP_DETAIL_H = 36;
export const CHIP_GROUP_HEADER = 24;
const CHIP_GAP = 4;
const GROUP_GAP = 14;

/** A consumer box: its name, a row of column labels, one row per assigned partition, then its last poll's records. */
export function consumerHeight(rows: number): number {
  return CONSUMER_HEADER + (rows > 0 ? Math.min(rows, MAX_CONSUMER_ROWS) + 2 : 1) * CONSUMER_ROW;
}

/** Chip columns and height so that all groups fit in `bandH`: detailed chips in one column if they fit, else up to three columns of one-line chips. */
function chipShape(groups: LayoutInput['groups'], bandH: number): { cols: number; chipH: number } {
  if (chipGroupsHeight(groups, 1, CHIP_DETAIL_H) <= bandH) return { cols: 1, chipH: CHIP_DETAIL_H };
  for (let cols = 1; cols < 3; cols++) if (chipGroupsHeight(groups, cols, CHIP_H) <= bandH) return { cols, chipH: CHIP_H };
  return { cols: 3, chipH: CHIP_H };
}

function chipGroupsHeight(groups: LayoutInput['groups'], cols: number, chipH: number): number {
  const rows = (n: number) => Math.max(1, Math.ceil(n / cols));
  return groups.reduce((sum, g) => sum + CHIP_GROUP_HEADER + rows(g.consumers.length) * (chipH + CHIP_GAP) + 4, 0) + Math.max(0, groups.length - 1) * GROUP_GAP;
}

export function groupsFullHeight(groups: LayoutInput['groups']): number {
  const heights = groups.map((g) => GROUP_HEADER + g.consumers.reduce((sum, c) => sum + consumerHeight(c.rows) + 6, 0));
  return heights.reduce((a, b) => a + b, 0) + Math.max(0, groups.length - 1) * GROUP_GAP;
}

/** Consumer groups stacked on the right: full boxes when they fit the band's height, chips otherwise. */
export function layoutGroups(input: LayoutInput, groupX: number, consumerW: number, top: number, bandH: number, anchors: Record<string, Point>): DiagramLayout['groups'] {
  const fullHeights = input.groups.map((g) => GROUP_HEADER + g.consumers.reduce((sum, c) => sum + consumerHeight(c.rows) + 6, 0));
  const fullH = groupsFullHeight(input.groups);
  const { cols: chipCols, chipH } = fullH > bandH ? chipShape(input.groups, bandH) : { cols: 0, chipH: 0 };
  const totalH = chipCols > 0 ? chipGroupsHeight(input.groups, chipCols, chipH) : fullH;
  let gy = top + Math.max(0, (bandH - totalH) / 2);
  return input.groups.map((g, gi) => {
    const headerH = chipCols > 0 ? CHIP_GROUP_HEADER : GROUP_HEADER;
    const chipW = chipCols > 0 ? (consumerW - 12 - (chipCols - 1) * CHIP_GAP) / chipCols : 0;
    const consumers = g.consumers.map((c, i) => {
      const r =
        chipCols > 0
          ? { id: c.id, x: groupX + 6 + (i % chipCols) * (chipW + CHIP_GAP), y: gy + headerH + Math.floor(i / chipCols) * (chipH + CHIP_GAP), w: chipW, h: chipH }
          : { id: c.id, x: groupX + 6, y: gy + headerH + g.consumers.slice(0, i).reduce((sum, x) => sum + consumerHeight(x.rows) + 6, 0), w: consumerW - 12, h: consumerHeight(c.rows) };
      anchors[c.id] = { x: r.x, y: r.y + Math.min(CONSUMER_HEADER, r.h) / 2 };
      return r;
    });
    const h = chipCols > 0 ? headerH + Math.max(1, Math.ceil(g.consumers.length / chipCols)) * (chipH + CHIP_GAP) + 4 : fullHeights[gi];
    const rect = { groupId: g.groupId, x: groupX, y: gy, w: consumerW, h, headerH, consumers };
    gy += h + GROUP_GAP;
    return rect;
  });
}

/** About this many units a character of the small type (digits and lower case), and of the bold title. */
const SMALL_CHAR = 7;
const TITLE_CHAR = 9.6;

/**
 * Where a full consumer box's columns start: the partition column as wide as its longest name
 * ("shipments-11" pushes the numbers right instead of running into them), then pos, commit, lag.
 */
export function consumerColumns(names: readonly string[], boxW: number): [string, number][] {
  const nameEnd = 8 + Math.max('partition'.length, ...names.map((n) => n.length)) * SMALL_CHAR + 8;
  // Room after pos for "commit" and a lag; the name column gives way first where the box is tight.
  const pos = Math.max(82, Math.min(nameEnd, boxW - 8 - 34 - 52 - 25));
  const commit = Math.max(122, pos + 34);
  return [
    ['partition', 8],
    ['pos', pos],
    ['commit', commit],
    ['lag', Math.max(178, commit + 52)],
  ];
}

/** The state beside a full consumer box's title: "● running", or just its mark where the title leaves no room. */
export function consumerStatusText(id: string, status: string, boxW: number): string {
  const title = `Consumer ${id}`.length * TITLE_CHAR;
  return 8 + title + 10 + status.length * SMALL_CHAR + 8 <= boxW ? status : status.slice(0, 1);
}
