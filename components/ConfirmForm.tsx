/**
 * The form that records the practitioner's own check of an item, and why (ChecklistItem's "I checked
 * this"). One of the panel's parts loaded on request (panel-parts.ts): it opens on that click.
 */
import { useState } from 'preact/hooks';
import { t } from './i18n';

export function ConfirmForm({ onConfirm, onClose }: { onConfirm: (reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <form
      class="cc-confirm-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return;
        onConfirm(reason);
        onClose();
      }}
    >
      <label>
        {t('confirmReasonLabel')}
        <input
          type="text"
          required
          maxLength={500}
          value={reason}
          onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
          ref={(el) => el?.focus()}
        />
      </label>
      <button type="submit">{t('confirmByHand')}</button>{' '}
      <button type="button" onClick={onClose}>
        {t('cancel')}
      </button>
    </form>
  );
}
