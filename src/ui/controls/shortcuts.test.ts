import { describe, expect, it } from 'vitest';
import { commandForKey } from './shortcuts';

const body = { tagName: 'BODY' };
const none = {};

describe('commandForKey', () => {
  it('maps the playback keys', () => {
    expect(commandForKey(' ', none, body)).toBe('togglePlay');
    expect(commandForKey('ArrowRight', none, body)).toBe('stepForward');
    expect(commandForKey('PageDown', none, body)).toBe('stepForward');
    expect(commandForKey('ArrowLeft', none, body)).toBe('stepBack');
    expect(commandForKey('PageUp', none, body)).toBe('stepBack');
    expect(commandForKey('Home', none, body)).toBe('restart');
    expect(commandForKey('x', none, body)).toBeNull();
  });
  it('never fires in a text field, a select or a slider', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'INPUT', type: 'range' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(commandForKey('ArrowRight', none, target)).toBeNull();
      expect(commandForKey(' ', none, target)).toBeNull();
    }
  });
  it('lets Space press a focused button instead of playing', () => {
    expect(commandForKey(' ', none, { tagName: 'BUTTON' })).toBeNull();
    expect(commandForKey(' ', none, { tagName: 'g', role: 'button' })).toBeNull();
    expect(commandForKey('ArrowRight', none, { tagName: 'BUTTON' })).toBe('stepForward');
  });
  it("leaves the arrows to a quiz's radio group, but a clicker's PgDn still steps", () => {
    const radio = { tagName: 'INPUT', type: 'radio' };
    expect(commandForKey('ArrowRight', none, radio)).toBeNull();
    expect(commandForKey('ArrowLeft', none, { tagName: 'DIV', role: 'radio' })).toBeNull();
    expect(commandForKey(' ', none, radio)).toBeNull();
    expect(commandForKey('PageDown', none, radio)).toBe('stepForward');
  });
  it('moves by story moments with Shift+arrows, and with a clicker in a lesson', () => {
    expect(commandForKey('ArrowRight', { shift: true }, body)).toBe('nextMoment');
    expect(commandForKey('ArrowLeft', { shift: true }, body)).toBe('previousMoment');
    expect(commandForKey('PageDown', none, body, { lesson: true })).toBe('nextMoment');
    expect(commandForKey('PageUp', none, body, { lesson: true })).toBe('previousMoment');
    expect(commandForKey('Home', { shift: true }, body)).toBeNull();
    expect(commandForKey('ArrowRight', { shift: true }, { tagName: 'INPUT', type: 'text' })).toBeNull();
  });
  it('ignores keys with modifiers', () => {
    expect(commandForKey('ArrowLeft', { alt: true }, body)).toBeNull();
  });
});
