/**
 * Stand-in for Discourse's `service:message-bus` (the message-bus client,
 * `window.MessageBus`), for the theme component's tests only: the same
 * `subscribe(channel, func, lastId)` / `unsubscribe(channel, func)` the
 * client has, and `publish()` in place of the server, delivering
 * `(data, globalId, messageId)` to each callback of the channel as the
 * client's processMessages does.
 */
type Callback = (data: unknown, globalId: number, messageId: number) => void;

export default class FakeMessageBus {
  readonly callbacks: { channel: string; func: Callback }[] = [];
  #lastId = 0;

  subscribe(channel: string, func: Callback): Callback {
    this.callbacks.push({ channel, func });
    return func;
  }

  unsubscribe(channel: string, func?: Callback): boolean {
    const before = this.callbacks.length;
    for (let i = this.callbacks.length - 1; i >= 0; i--) {
      const callback = this.callbacks[i]!;
      if (callback.channel === channel && (!func || callback.func === func)) {
        this.callbacks.splice(i, 1);
      }
    }
    return this.callbacks.length !== before;
  }

  /** What the server's `MessageBus.publish(channel, data)` reaches a page as. */
  publish(channel: string, data: unknown): void {
    const id = ++this.#lastId;
    for (const callback of [...this.callbacks]) {
      if (callback.channel === channel) callback.func(data, id, id);
    }
  }

  subscribers(channel: string): number {
    return this.callbacks.filter((callback) => callback.channel === channel)
      .length;
  }
}
