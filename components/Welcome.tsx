/** The first-run page: what Second Look does and does not do, which rules are in force, how a setting sets it up. */

export interface WelcomeProps {
  /** The setting whose pack is in force; absent while only the built-in demo pack is. */
  setting?: string;
  /** Where the options page (the pack in force, and the editor) is. */
  optionsUrl: string;
}

export function Welcome({ setting, optionsUrl }: WelcomeProps) {
  return (
    <main>
      <header class="hero">
        <img src="/icon/96.png" alt="" width={64} height={64} />
        <div>
          <h1>Welcome to Second Look</h1>
          <p class="lead">A quiet second look at a post before it goes out, for people who work with children.</p>
        </div>
      </header>

      <section aria-labelledby="rules-h" class={setting ? 'panel ok' : 'panel warn'}>
        <h2 id="rules-h">The rules in this browser now</h2>
        {setting ? (
          <p>
            Your setting's rules are in force: <strong>{setting}</strong>.
          </p>
        ) : (
          <p>
            <strong>Demo rules only.</strong> The built-in pack is for a made-up nursery, "Little Acorns Day Nursery", with made-up children and
            staff. Your setting's names are not checked until your setting's own pack is set up (see below).
          </p>
        )}
      </section>

      <div class="two">
        <section aria-labelledby="does-h">
          <h2 id="does-h">What it does</h2>
          <ul>
            <li>As you write a post, reply, comment, caption or message on X (Twitter), Facebook, Instagram, LinkedIn, Threads or Bluesky in this browser, it checks the words against your setting's social networking policy.</li>
            <li>It quietly underlines anything worth a second look: a child's name, the setting's name, a phone number, a remark that could read badly.</li>
            <li>Before a post with something important goes, it shows what it found and what to do about it. You decide: edit the post, or post anyway.</li>
            <li>Pictures you attach are checked for the setting's logo and for people.</li>
            <li>Everything happens on this computer. Nothing you type is sent anywhere, and there are no analytics.</li>
          </ul>
        </section>
        <section aria-labelledby="doesnt-h">
          <h2 id="doesnt-h">What it does not do</h2>
          <ul>
            <li>
              <strong>It does not cover the phone apps.</strong> Posts written in those sites' own apps on a phone or tablet, or in another browser, are
              not checked.
            </li>
            <li>It does not block anything: the post is always yours to send.</li>
            <li>It does not read your messages or anything outside those sites' writing boxes.</li>
            <li>It cannot catch everything. It is a second look, not a replacement for the policy or for your own judgement.</li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="setup-h">
        <h2 id="setup-h">How a setting sets it up</h2>
        <dl class="roles">
          <dt>Staff</dt>
          <dd>Ask your manager whether your setting has a Second Look pack. Until it is set up, only the demo rules above are checked.</dd>
          <dt>IT</dt>
          <dd>
            Push the extension and the setting's signed pack with your usual tools (Google Admin console, Group Policy or Intune, macOS profiles, Firefox
            policies.json). The deployment guide, <code>docs/deploying.md</code> in Second Look's source, has ready examples.
          </dd>
          <dt>Managers</dt>
          <dd>
            Write your setting's pack in the editor: the setting's names, the children and staff, the words to watch for and your policy's own clauses. You can
            paste your policy document and a class list. <a href={`${optionsUrl}#editor`}>Open the editor</a>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="pin-h" class="panel">
        <h2 id="pin-h">Pin it where you can see it</h2>
        <p>
          Click the Extensions button (the jigsaw piece) in the toolbar, then the pin beside Second Look. Its icon then shows when something needs attention, and
          a click says which rules protect the page you are on.
        </p>
      </section>
    </main>
  );
}
