/**
 * Signing: a key pair made here (the private key shown once, to be saved by the manager, and held only in this page's
 * memory), and "sign and export". The public key is what goes into the policy's TrustedKeys.
 */
import { useState } from 'preact/hooks';
import { generateKeyPair, publicKeyOf, signPack } from '../../rules';
import { download } from './download';
import { exportPack, type Draft } from './draft';
import { Outcome, type OutcomeValue } from './Outcome';

export function SigningSection({ draft }: { draft: Draft }) {
  const [keyId, setKeyId] = useState(`${draft.id}-${new Date().getFullYear()}`);
  const [privateKey, setPrivateKey] = useState('');
  const [fresh, setFresh] = useState<{ privateKey: string; publicKey: string } | null>(null);
  const [shown, setShown] = useState(false);
  const [result, setResult] = useState<OutcomeValue | null>(null);

  async function makeKeys() {
    const pair = await generateKeyPair();
    setFresh(pair);
    setShown(true);
    setPrivateKey(pair.privateKey);
  }

  async function signAndExport() {
    const exported = exportPack(draft);
    if (!exported.ok) return setResult({ kind: 'error', text: 'The draft cannot be signed yet: finish what is marked beside the fields first.', errors: exported.errors });
    try {
      const signed = await signPack(exported.pack as unknown as Record<string, unknown>, privateKey, keyId.trim());
      const publicKey = await publicKeyOf(privateKey);
      download(`${exported.pack.id}-v${exported.pack.version}.signed.json`, `${JSON.stringify(signed, null, 2)}\n`);
      setResult({ kind: 'ok', text: `Signed with key "${keyId.trim()}" (public key ${publicKey}) and exported.` });
    } catch (error) {
      setResult({ kind: 'error', text: `Not signed: ${(error as Error).message}.` });
    }
  }

  return (
    <section class="signing" aria-labelledby="sign-h">
      <h2 id="sign-h">Sign the pack</h2>
      <p class="hint">Browsers whose policy lists your public key accept only packs signed with your private key.</p>
      <div class="field">
        <label for="key-id">Key name</label>
        <input id="key-id" value={keyId} onInput={(e) => setKeyId(e.currentTarget.value)} />
      </div>
      <button type="button" onClick={makeKeys}>
        Make a new key pair
      </button>
      {fresh && shown && (
        <div class="once" role="region" aria-label="Your new private key">
          <p>
            <strong>Save this private key now.</strong> It is shown only this once and is not kept by Second Look; whoever has it can sign packs for
            your setting.
          </p>
          <textarea readOnly rows={2} aria-label="Private key" value={fresh.privateKey} />
          <button type="button" onClick={() => download(`${keyId.trim()}.private`, `${fresh.privateKey}\n`, 'text/plain')}>
            Save the private key
          </button>
          <button type="button" onClick={() => setShown(false)}>
            I have saved it
          </button>
        </div>
      )}
      {fresh && (
        <div class="field">
          <label for="policy-key">For the policy's TrustedKeys</label>
          <input id="policy-key" readOnly value={`${keyId.trim()}:${fresh.publicKey}`} />
        </div>
      )}
      <div class="field">
        <label for="private-key">Private key to sign with</label>
        <input id="private-key" type="password" autocomplete="off" value={privateKey} onInput={(e) => setPrivateKey(e.currentTarget.value.trim())} />
      </div>
      <button type="button" disabled={!privateKey || !keyId.trim()} onClick={signAndExport}>
        Sign and export
      </button>
      <Outcome value={result} />
    </section>
  );
}
