/**
 * Stands in for WXT's ContentScriptContext in the content scripts' wrapper (wxt.config.ts swaps the import). WXT's
 * constructor dispatches "<extension id>:<script>:wxt:content-script-started" on the page's document, announcing the
 * id to any page script listening, and listens for the same event to end itself. Our scripts take no context from
 * WXT (entrypoints/composer.content/lifetime.ts keeps theirs), so this one does nothing at all.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
