/**
 * Imported first by every task pane component test (jsdom): jest-dom matchers and the browser
 * APIs Fluent UI uses that jsdom lacks (ResizeObserver for MessageBar reflow, matchMedia).
 */
import "@testing-library/jest-dom";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverStub;
if (!w.matchMedia) {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}
