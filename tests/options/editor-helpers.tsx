/** Rendering the editor on the fake browser, reading back the saved draft, and catching downloads. */
import { render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { DRAFT_KEY, type Draft } from '../../components/editor/draft';
import { Editor } from '../../components/editor/Editor';

export async function savedDraft(): Promise<Draft> {
  return (await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY] as Draft;
}

/** Waits until the saved draft satisfies `check` (saves are asynchronous), then returns it. */
export async function draftWhere(check: (d: Draft) => void): Promise<Draft> {
  let last: Draft | undefined;
  await waitFor(async () => {
    last = await savedDraft();
    check(last);
  });
  return last!;
}

/** Every file the page "downloads": the blob handed to URL.createObjectURL, read back as text. */
export function catchDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { texts: () => Promise.all(blobs.map((b) => b.text())) };
}

export async function renderEditor() {
  render(<Editor />);
  await screen.findByLabelText("Setting's name");
}

export const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
