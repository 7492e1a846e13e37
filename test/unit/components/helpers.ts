// Rendering the library into document.body and waiting for what the user would see.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComponentChild } from 'preact';

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(node, root);
  });
  return root;
}

export async function unmount(root: HTMLElement): Promise<void> {
  await act(() => {
    render(null, root);
  });
  root.remove();
}

/** Retry an assertion until it holds (live queries settle asynchronously), failing after `timeout` ms. */
export async function waitFor<T>(check: () => T, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      let out!: T;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 0));
      });
      out = check();
      return out;
    } catch (e) {
      if (Date.now() - start > timeout) throw e;
    }
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

export async function type(el: Element | null | undefined, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('no field');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

export function labelled(root: ParentNode, label: string): HTMLElement | null {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const id = l?.getAttribute('for');
  return id ? root.querySelector(`#${id}`) : null;
}
