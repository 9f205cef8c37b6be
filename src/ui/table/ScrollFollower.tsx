// Scrolls the execution table to the row it follows without making the browser lay the page out
// mid-frame. The write happens in React's "before mutation" phase (getSnapshotBeforeUpdate): the
// page is still laid out from the previous frame then, so setting scrollTop costs nothing. Written
// after React's DOM changes (a layout effect), or after reading scrollTop, it forced a synchronous
// layout of the whole page on every answer at "Fast" — the biggest item in the frame.
import { Component, type RefObject } from 'react';

interface Props {
  scroller: RefObject<HTMLElement | null>;
  /** The element whose height gives the scroll range; it is grown first, so the write is not clamped. */
  body: RefObject<HTMLElement | null>;
  bodyHeight: number;
  /** Where to scroll, and a number that changes each time the table decides to follow (user scrolling never changes it). */
  top: number;
  seq: number;
}

export class ScrollFollower extends Component<Props> {
  private written = -1;

  componentDidMount() {
    this.write();
  }

  getSnapshotBeforeUpdate() {
    this.write();
    return null;
  }

  // React asks for this whenever getSnapshotBeforeUpdate is there.
  componentDidUpdate() {}

  private write() {
    const { scroller, body, bodyHeight, top, seq } = this.props;
    if (seq === this.written || !scroller.current) return;
    this.written = seq;
    // The same value React is about to set: growing it now keeps the write below within range.
    if (body.current) body.current.style.height = `${bodyHeight}px`;
    scroller.current.scrollTop = top;
  }

  render() {
    return null;
  }
}
