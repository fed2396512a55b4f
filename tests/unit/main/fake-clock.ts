import type { Clock } from '../../../src/main/kiosk-app';

/** A clock that moves only when a test says so, running whatever fell due on the way. */
export class FakeClock implements Clock {
  private time = 0;
  private timers: { at: number; callback: () => void; cancelled: boolean }[] = [];

  now(): number {
    return this.time;
  }
  schedule(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((timer) => !timer.cancelled && timer.at <= until)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = due.at;
      due.cancelled = true;
      due.callback();
    }
    this.time = until;
    this.timers = this.timers.filter((timer) => !timer.cancelled);
  }
  get pendingTimers(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }
}
