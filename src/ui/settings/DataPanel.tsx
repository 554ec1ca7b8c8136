import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type ActionResult,
  checkImport,
  clearAll,
  exportText,
  importText,
  MAX_IMPORT_BYTES,
  offers,
  storageKind,
} from '../../state/persist';
import { backupReminder, checkPersisted, exported, persisted } from '../../state/storageStatus';
import { downloadText, today } from '../shared/download';

/** Export everything to a file, import it back (merge or replace), or clear everything. */
export function DataPanel() {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [result, setResult] = useState<ActionResult | undefined>();
  const [confirmClear, setConfirmClear] = useState(false);
  // Files chosen so far: only the latest one's reading goes on.
  const picks = useRef(0);
  // A file to replace everything with, read and checked, waiting for a yes.
  const [replacing, setReplacing] = useState<{ text: string; what: string; name: string } | undefined>();

  const onExport = () => {
    downloadText(`ml-comp-${today()}.json`, exportText(), 'application/json');
    exported();
  };
  useEffect(() => void checkPersisted(), []);

  // Imports, then says how many of the offers it brought have fields to fix or startup equity to fill
  // in: they are kept as typed.
  const importing = async (text: string, mode: 'merge' | 'replace') => {
    const here = new Set(mode === 'merge' ? offers.peek().map((o) => o.id) : []);
    const r = await importText(text, mode);
    if (!r.ok) return setResult(r);
    const n = (await import('../../state/offers')).offersToFix(here);
    const total = n.fix + n.fillIn;
    const has = (k: number) => (k === 1 ? 'has' : 'have');
    const fix = !total
      ? ''
      : n.fix && n.fillIn
        ? ` ${total} offers it brought are not finished: ${n.fix} ${has(n.fix)} fields to fix and ${n.fillIn} ${has(n.fillIn)} startup equity to fill in: open them from Offers.`
        : `${total === 1 ? ' 1 offer it brought' : ` ${total} offers it brought`} ${has(total)} ${n.fix ? 'fields to fix' : 'startup equity to fill in'}: open ${total === 1 ? 'it' : 'them'} from Offers.`;
    setResult({ ok: true, message: `${r.message ?? ''}${fix}` });
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    // Another file chosen (or none) answers the question the last one asked: no. A file still being
    // read when another is chosen is then ignored.
    setReplacing(undefined);
    const pick = ++picks.current;
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setResult({
        ok: false,
        message: 'This file is too large to be an ML Comp export. Nothing was changed.',
      });
      return;
    }
    const text = await file.text();
    if (pick !== picks.current) return;
    if (mode === 'merge') return importing(text, mode);
    const c = await checkImport(text);
    if (pick !== picks.current) return;
    if (!c.ok) {
      setResult(c);
      return;
    }
    setResult(undefined);
    setReplacing({ text, what: c.what, name: file.name });
  };

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        Everything you enter stays on this device
        {storageKind.value === 'memory'
          ? ' for this session only (storage is unavailable)'
          : ', in this browser’s storage'}
        . Export it to a file to keep a copy or move it to another device.
      </p>
      {storageKind.value === 'indexeddb' && (
        <p data-testid="persisted">
          {persisted.value === true
            ? 'This browser keeps it until you clear it (persistent storage).'
            : persisted.value === false
              ? 'This browser may clear it when the device runs short of space, or after weeks unused (Safari): it is not persistent storage.'
              : 'This browser does not say whether it keeps it.'}
        </p>
      )}
      {backupReminder.value && (
        <p class="banner warn" role="status" data-testid="backup-reminder">
          You have saved changes since your last export. Export a copy so they are not lost if the browser
          clears its storage.
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export to a file
        </button>
      </div>
      <fieldset>
        <legend>Import from a file</legend>
        <label class="radio">
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'merge'}
            onChange={() => {
              setMode('merge');
              setReplacing(undefined);
            }}
          />
          Add its saved scenarios and offers to mine
        </label>
        <label class="radio">
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace everything with the file
        </label>
        <label class="file">
          <span>Choose an export file</span>
          <input type="file" accept="application/json,.json" onChange={onFile} data-testid="import-file" />
        </label>
        {replacing && (
          <fieldset class="actions confirm" data-testid="confirm-replace">
            <legend>
              Replace every input, setting, scenario and offer on this device with the file’s (“
              {replacing.name}”: {replacing.what})? What is here now is lost unless you have exported it.
            </legend>
            <button
              type="button"
              class="danger"
              onClick={async () => {
                const text = replacing.text;
                setReplacing(undefined);
                await importing(text, 'replace');
              }}
            >
              Yes, replace everything
            </button>
            <button type="button" class="secondary" onClick={() => setReplacing(undefined)}>
              Cancel
            </button>
          </fieldset>
        )}
        {result && (
          <p
            class={result.ok ? 'note' : 'error'}
            role={result.ok ? 'status' : 'alert'}
            data-testid="import-result"
          >
            {result.message}
          </p>
        )}
      </fieldset>
      {confirmClear ? (
        <fieldset class="actions confirm">
          <legend>
            Delete every input, setting, saved scenario and saved offer on this device? This cannot be undone.
          </legend>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              await clearAll();
              setConfirmClear(false);
              setResult({ ok: true, message: 'Everything was deleted.' });
            }}
          >
            Yes, delete everything
          </button>
          <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" class="secondary danger-outline" onClick={() => setConfirmClear(true)}>
            Clear everything…
          </button>
        </div>
      )}
    </section>
  );
}
