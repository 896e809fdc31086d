// @vitest-environment jsdom
// The overlay script's lifetime: its timers and listeners end when its extension goes (no runtime
// id any more) or a newer copy starts in the same page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptContext } from './script-context';

afterEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

describe('ScriptContext', () => {
  it('runs its timers and listeners while it lasts', () => {
    vi.useFakeTimers();
    const ctx = new ScriptContext();
    const fired = vi.fn();
    const heard = vi.fn();
    ctx.setTimeout(fired, 10);
    ctx.addEventListener(document, 'input', heard);
    vi.advanceTimersByTime(10);
    document.dispatchEvent(new Event('input'));
    expect([ctx.isInvalid, fired.mock.calls.length, heard.mock.calls.length]).toEqual([false, 1, 1]);
  });

  it('ends when its extension has gone: no timer fires, no listener hears, and it says so once', () => {
    vi.useFakeTimers();
    const ctx = new ScriptContext();
    const fired = vi.fn();
    const heard = vi.fn();
    const ended = vi.fn();
    ctx.setTimeout(fired, 10);
    ctx.addEventListener(document, 'input', heard);
    ctx.onInvalidated(ended);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    vi.advanceTimersByTime(10);
    document.dispatchEvent(new Event('input'));
    expect([fired.mock.calls.length, heard.mock.calls.length, ended.mock.calls.length]).toEqual([0, 0, 1]);
    id.mockRestore();
  });

  it('ends an older copy in the page when a newer one starts, and not itself', () => {
    const older = new ScriptContext();
    const ended = vi.fn();
    older.onInvalidated(ended);
    const newer = new ScriptContext();
    expect([older.isInvalid, newer.isInvalid, ended.mock.calls.length]).toEqual([true, false, 1]);
  });
});
