/** Collects `console.warn` calls for one test, so a test can count them. */
export class Warnings {
  readonly calls: unknown[][] = [];
  readonly #original = console.warn;

  constructor() {
    console.warn = (...args: unknown[]) => {
      this.calls.push(args);
    };
  }

  get count(): number {
    return this.calls.length;
  }

  /** Each call's first argument (the message), as text. */
  get messages(): string[] {
    return this.calls.map((args) =>
      typeof args[0] === 'string' ? args[0] : '',
    );
  }

  /**
   * Everything logged, as text: messages, and errors by their message only
   * (a stack trace names the getter that threw, which proves nothing).
   * Arguments that refuse to print are skipped.
   */
  get text(): string {
    return this.calls
      .flat()
      .map((arg) => {
        try {
          return arg instanceof Error ? arg.message : String(arg);
        } catch {
          return '';
        }
      })
      .join('\n');
  }

  restore(): void {
    console.warn = this.#original;
  }
}
