import { describe, expect, it } from 'vitest';
import { defaultScenarioFile } from '../lessons/defaultScenario';
import type { SessionIntervention } from '../session/protocol';
import { base64urlDecode, base64urlEncode, decodeScenario, encodeScenario, fileLink, lessonLink, MAX_FILE_BYTES, readLaunch } from './shareLink';
import { withLog } from './shareLog';

const BASE = 'https://school.example/kafkascope/';

describe('base64url', () => {
  it('round-trips any bytes without + / or =', () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 37) % 256);
    const text = base64urlEncode(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64urlDecode(text)).toEqual(bytes);
  });
  it('refuses what is not base64url', () => {
    expect(base64urlDecode('a+b/')).toBeNull();
    expect(base64urlDecode('abcde')).toBeNull();
  });
});

describe('share links', () => {
  it('name a built-in lesson by id, seed and step', async () => {
    const link = lessonLink(BASE, 'first-message', 7, 42);
    expect(link).toBe(`${BASE}?scenario=first-message&seed=7&step=42`);
    const url = new URL(link);
    expect(await readLaunch(url.search, url.hash)).toEqual({
      kind: 'lesson',
      id: 'first-message',
      seed: 7,
      step: 42,
    });
  });

  it('carry any other scenario inside the hash, compressed, and give it back exactly', async () => {
    const file = {
      ...defaultScenarioFile,
      title: 'Ünïcode & <b>tags</b> stay text',
    };
    const link = await fileLink(BASE, file, 12);
    expect(link).toMatch(/#scenario=z\.[A-Za-z0-9_-]+&step=12$/);
    expect(link.length).toBeLessThan(JSON.stringify(file).length);
    const url = new URL(link);
    expect(await readLaunch(url.search, url.hash)).toEqual({
      kind: 'file',
      file,
      step: 12,
    });
  });

  it('open the default scenario without ?scenario', async () => {
    expect(await readLaunch('?seed=3&step=9', '')).toEqual({
      kind: 'default',
      seed: 3,
      step: 9,
    });
    expect(await readLaunch('', '')).toEqual({
      kind: 'default',
      seed: undefined,
      step: undefined,
    });
  });
});

describe('bad links', () => {
  const problem = async (search: string, hash: string) => {
    const target = await readLaunch(search, hash);
    return target.kind === 'error' ? target.message : `not an error: ${target.kind}`;
  };

  it('name what is wrong and say the default scenario opened instead', async () => {
    expect(await problem('', '#scenario=z.%%%')).toMatch(/damaged: its scenario is not valid base64url.*default scenario/);
    expect(await problem('', '#scenario=q.abc')).toMatch(/does not start with "z\." or "j\."/);
    expect(await problem('', '#scenario=z.AAAA')).toMatch(/could not be decompressed/);
    expect(await problem('', `#scenario=j.${base64urlEncode(new TextEncoder().encode('{"oops'))}`)).toMatch(/not valid JSON/);
    expect(await problem('?scenario=../../etc', '')).toMatch(/is not a lesson id/);
  });

  it('refuse a link whose scenario inflates past the bound (a zip bomb)', async () => {
    const huge = await encodeScenario({ pad: 'x'.repeat(MAX_FILE_BYTES + 10) });
    expect((await decodeScenario(huge)).ok).toBe(false);
  });
});

describe('share links with interventions', () => {
  const log: SessionIntervention[] = [
    { step: 14, action: { do: 'crashBroker', broker: 1 } },
    { step: 30, action: { do: 'setAcks', producer: 'p1', acks: '1' } },
  ];

  it('carry the interventions in the hash and give them back with the scenario and step', async () => {
    const link = await withLog(lessonLink(BASE, 'first-message', 7, 42), log);
    expect(link).toMatch(/\?scenario=first-message&seed=7&step=42#log=z\.[A-Za-z0-9_-]+$/);
    const url = new URL(link);
    expect(await readLaunch(url.search, url.hash)).toEqual({ kind: 'lesson', id: 'first-message', seed: 7, step: 42, interventions: log });
    const fileUrl = new URL(await withLog(await fileLink(BASE, defaultScenarioFile, 40), log));
    const target = await readLaunch(fileUrl.search, fileUrl.hash);
    expect(target.kind === 'file' && target.interventions).toEqual(log);
  });

  it('leave a link without interventions as it was, and old links still open', async () => {
    const old = lessonLink(BASE, 'first-message', 7, 42);
    expect(await withLog(old, [])).toBe(old);
    const url = new URL(old);
    expect(await readLaunch(url.search, url.hash)).toEqual({ kind: 'lesson', id: 'first-message', seed: 7, step: 42 });
  });

  it('refuse a damaged log with a message, never a stack trace', async () => {
    const target = await readLaunch('?scenario=first-message', '#log=z.%%%');
    expect(target).toEqual({ kind: 'error', message: expect.stringMatching(/^The share link is damaged: its interventions/) });
    const notALog = new URL(await withLog(BASE, [{ step: -3, action: { do: 'x' } }] as never));
    expect(await readLaunch(notALog.search, notALog.hash)).toEqual({ kind: 'error', message: expect.stringMatching(/not a list of steps and actions/) });
  });
});
