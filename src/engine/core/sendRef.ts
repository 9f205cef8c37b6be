// How a record names the application send() it came from: "p1#3", producer p1's send #3 (0-based).

/** The producer and send index a sendRef names. */
export function sendOfRef(sendRef: string): { producer: string; index: number } {
  const i = sendRef.lastIndexOf('#');
  return { producer: sendRef.slice(0, i), index: Number(sendRef.slice(i + 1)) };
}
