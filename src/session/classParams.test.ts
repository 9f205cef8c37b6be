import { describe, expect, it } from 'vitest';
import { classIdOf, classLinkOf, relayUrlOf, savedTeaching, TEACHING_KEY } from './classParams';

describe('class links', () => {
  it('carry the session id and nothing else', () => {
    const link = classLinkOf('http://192.168.1.20:8080/', 'AbCdEfGhIjKlMnOpQrStUv');
    expect(link).toBe('http://192.168.1.20:8080/?class=AbCdEfGhIjKlMnOpQrStUv');
    expect(classIdOf(new URL(link).search)).toBe('AbCdEfGhIjKlMnOpQrStUv');
  });

  it('refuse a session id that is not one', () => {
    expect(classIdOf('?class=short')).toBeNull();
    expect(classIdOf('?class=<script>alert(1)</script>xxxxxxxx')).toBeNull();
  });

  it('use the relay of the server the page came from, wss over https', () => {
    expect(relayUrlOf({ protocol: 'http:', host: '10.0.0.5:8080' })).toBe('ws://10.0.0.5:8080/class');
    expect(relayUrlOf({ protocol: 'https:', host: 'class.example' })).toBe('wss://class.example/class');
  });

  it('read the teacher’s saved session, or nothing when it is damaged', () => {
    const saved = { sessionId: 'a'.repeat(22), secret: 'b'.repeat(43), relay: 'ws://h/class' };
    expect(savedTeaching({ getItem: (k) => (k === TEACHING_KEY ? JSON.stringify(saved) : null) })).toEqual(saved);
    expect(savedTeaching({ getItem: () => '{not json' })).toBeNull();
    expect(savedTeaching({ getItem: () => '{"sessionId":1}' })).toBeNull();
    expect(savedTeaching(null)).toBeNull();
  });
});
