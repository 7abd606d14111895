import { useState } from 'react';

/**
 * Runs `onChange` while rendering when `value` changes: React's "adjusting state when a prop changes"
 * (react.dev/learn/you-might-not-need-an-effect). An effect would render the stale form once first.
 * `onChange` may only set this component's state.
 */
export function useOnChange<T>(value: T, onChange: (value: T) => void): void {
  const [previous, setPrevious] = useState(value);
  if (!Object.is(previous, value)) {
    setPrevious(value);
    onChange(value);
  }
}
