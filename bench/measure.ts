/**
 * Timing for the bench: a warm-up, then the median of timed runs, in wall-clock time and in the
 * process's CPU time. CPU time is printed too because the bench often shares a busy machine,
 * where wall time also counts the time other processes held the CPU.
 */
export interface Timing<T> {
  wallMs: number;
  cpuMs: number;
  result: T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export async function time<T>(runs: number, fn: () => T | Promise<T>): Promise<Timing<T>> {
  let result = await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = cpuNow();
    const start = performance.now();
    result = await fn();
    wall.push(performance.now() - start);
    cpu.push(cpuNow() - startCpu);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), result };
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function kb(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(2)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
}

export const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
