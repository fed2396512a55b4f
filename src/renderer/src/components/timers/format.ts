/** 75 -> "1:15", 9 -> "9": minutes only when there are any, so short rests show the biggest digits. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return String(whole);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

/** The tone of a screen: its colour, icon and word. */
export type Tone = 'get-ready' | 'work' | 'rest' | 'round-break' | 'done' | 'paused';
