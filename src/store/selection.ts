// What the teacher has picked in the diagram: the inspector shows it, the status tracker follows it.
export type Selection =
  | { kind: 'broker'; broker: number }
  | { kind: 'replica'; topic: string; partition: number; broker: number }
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'record'; topic: string; partition: number; offset: number }
  | { kind: 'send'; producer: string; index: number }
  | { kind: 'producer'; producer: string }
  | { kind: 'consumer'; consumer: string }
  | { kind: 'controller' };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
