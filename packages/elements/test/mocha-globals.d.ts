// The mocha BDD globals the browser tests use (@web/test-runner runs mocha;
// its type package is not a dependency here).
interface MochaContext {
  timeout(ms: number): void;
  skip(): void;
}
type MochaFn = (this: MochaContext) => void | Promise<void>;
declare function describe(title: string, fn: (this: MochaContext) => void): void;
declare function it(title: string, fn: MochaFn): void;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
