import { RequestEnd } from './request-end';

describe('the end of a request', () => {
  it('tells each listener once, with the first reason, as an AbortController does', () => {
    const end = new RequestEnd();
    const heard: string[] = [];
    const first = () => heard.push(`first ${String(end.reason)}`);
    end.addEventListener('abort', first, { once: true });
    end.addEventListener('abort', () => heard.push('second'));
    expect(end.aborted).toBe(false);
    expect(() => end.throwIfAborted()).not.toThrow();
    end.abort('gone');
    end.abort('later');
    expect(heard).toEqual(['first gone', 'second']);
    expect(end.aborted).toBe(true);
    expect(end.reason).toBe('gone');
    expect(() => end.throwIfAborted()).toThrow('gone');
  });

  it('does not call a listener removed before the end, nor one added after it', () => {
    const end = new RequestEnd();
    const heard: string[] = [];
    const removed = () => heard.push('removed');
    end.addEventListener('abort', removed);
    end.removeEventListener('abort', removed);
    end.abort(new Error('deadline'));
    end.addEventListener('abort', () => heard.push('late'));
    expect(heard).toEqual([]);
  });
});
