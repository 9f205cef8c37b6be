// One class relay, 300 simulated students (Node WebSocket clients) following a teacher who moves
// 10 steps a second: fan-out latency (teacher's send to each student's receipt, one clock, this
// process) and the relay process's CPU. Printed, never asserted.
import { type ChildProcess, fork } from 'node:child_process';
import { WebSocket } from 'ws';
import type { FromRelay, ToRelay } from '../src/session/protocol';
import { percentile, printFigure, round } from './print';

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const STEPS_PER_SECOND = 10;
const SECONDS = 10;

function startRelay(): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(new URL('./relayProcess.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
  });
}

function relayCpuMs(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m) => {
      const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
      resolve((user + system) / 1000);
    });
    child.send('cpu');
  });
}

function connect(url: string, onMessage: (m: FromRelay) => void): Promise<WebSocket> {
  const ws = new WebSocket(url);
  ws.on('message', (data) => onMessage(JSON.parse(String(data)) as FromRelay));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const send = (ws: WebSocket, m: ToRelay) => ws.send(JSON.stringify(m));

async function main(): Promise<void> {
  const { child, port } = await startRelay();
  const url = `ws://127.0.0.1:${port}/class`;
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  let opened: (id: string) => void;
  const sessionId = new Promise<string>((resolve) => (opened = resolve));
  const teacher = await connect(url, (m) => m.t === 'opened' && opened(m.sessionId));
  send(teacher, { t: 'open', snapshot: { source: { kind: 'lesson', lessonId: 'first-message', seed: 7 }, interventions: [], step: 0, question: null, reveal: null } });
  const id = await sessionId;

  let welcomed = 0;
  const students: WebSocket[] = [];
  for (let i = 0; i < STUDENTS; i++) {
    const ws = await connect(url, (m) => {
      if (m.t === 'welcome') welcomed++;
      if (m.t === 'update' && m.update.t === 'step') {
        const at = sentAt.get(m.update.step);
        if (at !== undefined) latencies.push(performance.now() - at);
      }
    });
    send(ws, { t: 'join', sessionId: id });
    students.push(ws);
  }
  while (welcomed < STUDENTS) await new Promise((r) => setTimeout(r, 20));

  const cpuBefore = await relayCpuMs(child);
  const wallStart = performance.now();
  for (let step = 1; step <= STEPS_PER_SECOND * SECONDS; step++) {
    sentAt.set(step, performance.now());
    send(teacher, { t: 'update', update: { t: 'step', step } });
    await new Promise((r) => setTimeout(r, 1000 / STEPS_PER_SECOND));
  }
  await new Promise((r) => setTimeout(r, 500));
  const cpuMs = (await relayCpuMs(child)) - cpuBefore;
  const wallMs = performance.now() - wallStart;

  const sorted = latencies.sort((a, b) => a - b);
  const expected = STUDENTS * STEPS_PER_SECOND * SECONDS;
  const p95 = percentile(sorted, 95);
  printFigure({
    figure: `relay fan-out latency, ${STUDENTS} students following a teacher at ${STEPS_PER_SECOND} steps/s for ${SECONDS} s (p50 / p95 / max)`,
    value: round(p95, 1),
    unit: 'ms (p95)',
    goal: 'p95 ≤ 100 ms',
    meetsGoal: p95 <= 100 && sorted.length === expected,
    p50Ms: round(percentile(sorted, 50), 1),
    p95Ms: round(p95, 1),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN, 1),
    received: sorted.length,
    expected,
  });
  printFigure({
    figure: `relay CPU while fanning out to ${STUDENTS} students (share of one core)`,
    value: round((cpuMs / wallMs) * 100, 1),
    unit: '% of one core',
    goal: 'report',
    meetsGoal: true,
    cpuMs: round(cpuMs, 0),
    wallMs: round(wallMs, 0),
  });
  for (const ws of [teacher, ...students]) ws.terminate();
  child.send('stop');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
