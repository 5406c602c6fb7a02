import { describe, expect, it } from 'vitest';
import { createEmulatorClock, type ClockChange } from './emulator-clock';

describe('the org clock', () => {
  it('follows the wall clock until set, then moves only by ticks', () => {
    let wall = 1000;
    const clock = createEmulatorClock(() => wall);
    expect([clock.mode(), clock.now()]).toEqual(['real', 1000]);
    clock.set(50);
    wall = 9999;
    expect([clock.mode(), clock.now()]).toEqual(['manual', 50]);
    clock.tick(25);
    expect(clock.now()).toBe(75);
    clock.useRealTime();
    expect([clock.mode(), clock.now()]).toEqual(['real', 9999]);
  });

  it('tells listeners about every change until they unsubscribe', () => {
    const clock = createEmulatorClock(() => 0);
    const heard: ClockChange[] = [];
    const stop = clock.onChange((change) => heard.push(change));
    clock.set(10);
    clock.tick(5);
    stop();
    clock.tick(5);
    expect(heard).toEqual([
      { mode: 'manual', now: 10, advancedMs: 0 },
      { mode: 'manual', now: 15, advancedMs: 5 },
    ]);
  });

  it('refuses a negative tick', () => {
    expect(() => createEmulatorClock().tick(-1)).toThrow(RangeError);
  });
});
